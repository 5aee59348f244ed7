#!/usr/bin/env python3
"""Offline calibration of the shared physical parameters of core/estimate/InferenceEstimator.cpp.

Mirrors the estimator in Python (keep the two in step), maps the MLPerf rows of
reference/benchmarks.csv, and runs a random + local search minimising
  median |throughput error| + 2 * max(0, worst throughput ratio - 1.4)
  + 0.5 * (median |p99 TTFT error| + median |p99 TPOT error|).
Usage: python3 resources/calibrate_inference.py [seed] [iterations]
GPU and model figures below are copies of resources/catalog.json and resources/models.json.
The result is rounded and hard-coded in InferenceEstimator.cpp (see docs/estimation.md).
"""
import math, csv, os, statistics as st
GPU = {
 'h100-sxm': dict(hbm=80, bw=3.35, fp8=1979, bf16=989, fp4=None, link=450),
 'h200-sxm': dict(hbm=141, bw=4.8, fp8=1979, bf16=989, fp4=None, link=450),
 'b200-hgx': dict(hbm=180, bw=8.0, fp4=9000, fp8=4500, bf16=2250, link=900),
 'b200-gb200': dict(hbm=186, bw=8.0, fp4=10000, fp8=5000, bf16=2500, link=900),
}
SYS = {'dgx-h100':('h100-sxm',8,400),'dgx-h200':('h200-sxm',8,400),'dgx-b200':('b200-hgx',8,400),'gb200-nvl72':('b200-gb200',72,400)}
# layers,d_model,heads,kvheads,headdim,total,active,E,k,mla(kvlora+rope), Lin, Lout, limits
M = {
 'llama2-70b': dict(L=80,d=8192,h=64,kvh=8,hd=128,tot=69,act=69,E=0,k=0,mla=0,lin=300,lout=272,srv=(2000,200),inter=(450,40)),
 'llama3.1-405b': dict(L=126,d=16384,h=128,kvh=8,hd=128,tot=405,act=405,E=0,k=0,mla=0,lin=9400,lout=629,srv=(6000,175),inter=(4500,80)),
 'mixtral-8x7b': dict(L=32,d=4096,h=32,kvh=8,hd=128,tot=46.7,act=12.9,E=8,k=2,mla=0,lin=500,lout=150,srv=(2000,200),inter=None),
 'deepseek-r1': dict(L=61,d=7168,h=128,kvh=0,hd=0,tot=671,act=37,E=256,k=8,mla=576,lin=800,lout=3700,srv=(2000,80),inter=(1500,15)),
}
def est(sysid, gpus, mid, prec, scen, P):
    gid, su, nic = SYS[sysid]; G=GPU[gid]; m=M[mid]
    wb={'fp4':0.5,'fp8':1,'bf16':2}[prec]; kvb = 2 if prec=='bf16' else 1
    peak = G[prec]*1e12; peakAttn = (G['bf16'] if prec=='bf16' else G['fp8'])*1e12
    bw = G['bw']*1e12
    W = m['tot']*1e9*wb
    kvtok = m['L']*m['mla']*kvb if m['mla'] else 2*m['L']*m['kvh']*m['hd']*kvb
    dattn = m['h']*m['mla'] if m['mla'] else m['h']*m['hd']
    lin, lout = m['lin'], m['lout']; ctx = lin + lout*P['ctxf']
    if m['E']:
        e = (m['tot']-m['act'])/(m['E']-m['k'])*1e9*wb; shared = m['act']*1e9*wb - m['k']*e
    best=None
    g=1
    cands=[]
    while g<=gpus:
        cands.append(g); g*=2
    if gpus not in cands: cands.append(gpus)
    for g in cands:
        mem = g*G['hbm']*1e9*P['memfrac'] - W
        if mem <= 0: continue
        Bkv = mem/(kvtok*ctx)
        reps = gpus//g
        linkbw = (G['link'] if g<=su else nic/8)*1e9*P['comm']
        def step(B):
            T = B*(1+lin/lout)
            mfu = P['mfu4'] if prec=='fp4' else P['mfu']
            if m['E']:
                ex = m['k']*e/wb; lfs = 2*(m['act']*1e9-ex)*T; lfe = 2*ex*T
            else: lfs = 2*m['act']*1e9*T; lfe=0
            af = B*4*m['L']*dattn*ctx + B*(lin/lout)*2*m['L']*dattn*lin
            tc = lfs/(g*peak*mfu) + lfe/(g*peak*mfu*P['moe']) + af/(g*peakAttn*mfu)
            if m['E']:
                frac = 1-(1-m['k']/m['E'])**T
                Wt = shared + m['E']*e*frac
            else: Wt=W
            tm = (Wt + B*ctx*kvtok)/(g*bw*P['bw'])
            if g==1: tcomm=0
            elif m['E']: tcomm = m['L']*T*m['k']*m['d']*3*(g-1)/g/linkbw
            else: tcomm = 2*m['L']*T*m['d']*2*2*(g-1)/g/linkbw
            return P['t0'] + (tc+tm if P['sum'] else max(tc,tm)) + tcomm
        def prefill(B):
            f = 2*m['act']*1e9*lin + 2*m['L']*dattn*lin*lin
            return f/(g*peak*(P['mfu4'] if prec=='fp4' else P['mfu']))
        def ttft(B):
            return P['a']*step(B)*P['p99'] + P['b']*prefill(B)
        if scen=='offline':
            B = Bkv
        else:
            lim = m['srv'] if scen=='server' else m['inter']
            if lim is None: return None
            # largest B <= Bkv with p99 tpot <= head*lim and ttft <= head*lim
            lo,hi=0.0,Bkv
            ok=lambda B: step(B)*P['p99'] <= P['head']*lim[1]/1e3 and ttft(B) <= P['head']*lim[0]/1e3
            if not ok(1.0): continue
            for _ in range(60):
                mid=(lo+hi)/2
                if ok(mid): lo=mid
                else: hi=mid
            B = lo if not ok(Bkv) else Bkv
        t = step(B); tps = reps*B/t
        r = dict(tps=tps, g=g, B=B, tpot=t*P['p99']*1e3, ttft=ttft(B)*1e3)
        if best is None or r['tps']>best['tps']*1.0001: best=r
    return best

SYSMAP = [('DGX B200','dgx-b200'),('SR680a','dgx-b200'),('SR780a','dgx-b200'),('B200 (1x','dgx-b200'),('GB200 NVL72 slice','gb200-nvl72'),('GB200 NVL72 (72x','gb200-nvl72'),('DGX H100','dgx-h100'),('H200 (8x','dgx-h200')]
MODMAP={'Llama-2-70B':'llama2-70b','Llama-3.1-405B':'llama3.1-405b','DeepSeek-R1':'deepseek-r1','Mixtral-8x7B':'mixtral-8x7b'}
rows=[]
for r in csv.DictReader(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'reference', 'benchmarks.csv'))):
    s=None
    for k,v in SYSMAP:
        if k in r['system']: s=v;break
    mm=MODMAP.get(r['model']); sc=r['scenario'].lower()
    if s is None or mm is None or sc not in('offline','server','interactive') or r['metric'] not in ('throughput_system','ttft_p99','tpot_p99'): continue
    rows.append((s,int(r['gpus']),mm,r['precision'],sc,r['metric'],float(r['value'])))
def evaluate(P, show=False):
    te=[];le=[];lt=[]
    for s,g,mm,pr,sc,met,val in rows:
        r=est(s,g,mm,pr,sc,P)
        if r is None: e=float('nan'); v=None
        else:
            v={'throughput_system':r['tps'],'ttft_p99':r['ttft'],'tpot_p99':r['tpot']}[met]
            e=v/val-1
        if met=='throughput_system': te.append(e)
        elif met=='ttft_p99': le.append(e)
        else: lt.append(e)
        if show: print(f"{s:12} {g:3} {mm:14} {sc:11} {met:17} {val:10.1f} {v if v is None else round(v,1):>10} {e*100:7.1f}%  g={r and r['g']} B={r and round(r['B'])}")
    return te,le,lt
def score(P):
    te,le,lt=evaluate(P)
    if any(math.isnan(x) for x in te+le+lt): return 1e9,None
    mt=st.median([abs(x) for x in te]); worst=max(max(1+x,1/(1+x)) for x in te)
    ml=st.median([abs(x) for x in le]); mp=st.median([abs(x) for x in lt])
    return mt + max(0,worst-1.4)*2 + 0.5*ml+0.5*mp, (mt,worst,ml,mp)
import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv)>1 else 1)
rng=dict(memfrac=(0.85,0.92),bw=(0.6,0.95),mfu=(0.3,0.8),mfu4=(0.25,0.7),moe=(0.1,1.0),comm=(0.2,0.9),t0=(0.0,0.03),p99=(1.0,1.6),head=(0.8,1.0),a=(0.5,6),b=(0,30),ctxf=(0.5,1.0),sum=(0,1))  # sum < 0.5: roofline max(compute, memory), else compute + memory
best=None
for i in range(int(sys.argv[2]) if len(sys.argv)>2 else 600):
    if best is None or i<200: P={k:random.uniform(*v) for k,v in rng.items()}
    else:
        P=dict(best[1]); k=random.choice(list(rng)); lo,hi=rng[k]
        P[k]=min(hi,max(lo,P[k]+random.gauss(0,(hi-lo)*0.1)))
    P['sum']=1 if P['sum']>0.5 else 0
    sc,d=score(P)
    if best is None or sc<best[0]: best=(sc,P,d)
print(best)
if len(sys.argv) > 3 and sys.argv[3] == 'table':
    evaluate(best[1], True)
