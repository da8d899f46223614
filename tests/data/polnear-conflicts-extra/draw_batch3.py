import os,glob,re,random,collections
T='/work/shared/eval/polnear-train/text'; A='/work/shared/eval/polnear-train/attributions'
anns=collections.defaultdict(list)
for f in sorted(os.listdir(A)):
    stem=re.sub(r'_[0-9a-f]+\.ann$','',f); anns[stem].append(os.path.join(A,f))
def stats(p):
    n=0; src=set()
    for line in open(p,encoding='utf-8'):
        parts=line.rstrip('\n').split('\t')
        if len(parts)<2: continue
        if parts[0].startswith('E'): n+=1
        elif parts[1].startswith('Source '): src.add(parts[2].strip().lower())
    return n,len(src)
import sys
# usage: draw_batch3.py [first|max|any] [SEED] [judged]
#   third batch: draw_batch3.py first 20261205; fourth: draw_batch3.py first 20261206 judged
#   ("judged" also leaves out tests/data/polnear-train-judged, whose gold came from reading
#   claimcheck's output).
mode=sys.argv[1] if len(sys.argv)>1 else 'first'
seed=int(sys.argv[2]) if len(sys.argv)>2 else 20261205
stems=lambda d: set(os.path.splitext(f)[0] for f in os.listdir(d))
done=stems('/work/shared/eval/polnear-conflicts-train/articles')|stems('/work/main/tests/data/polnear-conflicts-extra/articles')
if 'judged' in sys.argv[3:]:
    done|=stems('/work/main/tests/data/polnear-train-judged/articles')
cands=[]; allelig=[]
for t in sorted(glob.glob(T+'/*.txt')):
    stem=os.path.basename(t)[:-4]
    if os.path.getsize(t)>=12*1024: continue
    ps=anns.get(stem,[])
    if not ps: continue
    st=[stats(p) for p in ps]
    if mode=='first': n,s=st[0]
    elif mode=='max': n,s=max(x[0] for x in st),max(x[1] for x in st)
    elif mode=='any': 
        ok=any(a>=10 and b>=5 for a,b in st); n,s=(10,5) if ok else (0,0)
    if n>=10 and s>=5:
        allelig.append(stem)
        if stem not in done: cands.append(stem)
print(mode,len(allelig),len(cands),len(done),len(done&set(allelig)))
random.seed(seed)
print(random.sample(cands,12))
