#!/usr/bin/env python3
"""Import cycles among the library's top-level modules (through `crate::x::` paths) and among
the binary's `cli/` files (through `super::x`); exits 1 when there is one. Test modules are
left out. Run from the repository root: `python3 .ci/cycles.py`."""
import re,glob,sys
def graph(prefix, skip):
    g={}
    for f in glob.glob(prefix+'**/*.rs',recursive=True):
        if any(f.startswith(x) for x in skip): continue
        rel=f[len(prefix):]
        top=rel.split('/')[0].replace('.rs','')
        s=open(f).read()
        k=s.find('#[cfg(test)]\nmod tests')
        if k>=0: s=s[:k]
        pat = r'crate::([a-z_]+)::' if prefix=='src/' else r'super::([a-z_]+)'
        for m in re.findall(pat,s):
            if m!=top: g.setdefault(top,set()).add(m)
    return g
def cycles(g):
    found=set()
    def dfs(n,stack):
        for m in g.get(n,()):
            if m in stack: found.add(tuple(stack[stack.index(m):]+[m])); continue
            if len(stack)<12: dfs(m,stack+[m])
    for n in list(g): dfs(n,[n])
    return found
lib=graph('src/',['src/cli','src/main.rs','src/lib.rs'])
cli=graph('src/cli/',[])
bad=False
for name,g in [('library',lib),('binary',cli)]:
    c=cycles(g)
    print(name,'edges:',sum(len(v) for v in g.values()),'cycles:',len(c))
    for x in sorted(c)[:10]: print('  ',' -> '.join(x))
    if c: bad=True
sys.exit(1 if bad else 0)
