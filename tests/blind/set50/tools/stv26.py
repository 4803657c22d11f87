fp={'CMcAleer':2105,'Devlin':1310,'Gault':1690,'Kerr':1102,'DMcAleer':968,'Boyd':1020,'Irwin':601,'Gallagher':388,'Nolan':248}
tot=sum(fp.values()); q=tot//6+1; print('valid',tot,'quota',q)
cur=dict(fp); nt=0
def tr(src,amt,d):
    global nt
    s=sum(d.values()); assert s==amt,(src,s,amt)
    for k,v in d.items():
        if k=='NT': nt+=v
        else: cur[k]+=v
    print(src,amt,{k:cur[k] for k in cur})
print('surplus C',cur['CMcAleer']-q,'Gault',cur['Gault']-q)
cur['CMcAleer']=q; tr('CMcAleer surplus',532,{'Devlin':410,'DMcAleer':62,'Gallagher':38,'Nolan':12,'Boyd':6,'NT':4})
cur['Gault']=q; tr('Gault surplus',117,{'Irwin':71,'Kerr':40,'Boyd':3,'NT':3})
print('Devlin surplus',cur['Devlin']-q); cur['Devlin']=q
tr('Devlin surplus',147,{'DMcAleer':52,'Gallagher':61,'Nolan':20,'Boyd':9,'NT':5})
n=cur.pop('Nolan'); tr('Nolan excl',n,{'Boyd':151,'DMcAleer':84,'Gallagher':21,'Kerr':8,'NT':16})
n=cur.pop('Gallagher'); tr('Gallagher excl',n,{'DMcAleer':301,'Boyd':77,'Kerr':12,'Irwin':9,'NT':109})
n=cur.pop('Irwin'); tr('Irwin excl',n,{'Kerr':590,'Boyd':41,'DMcAleer':6,'NT':44})
print('Kerr surplus',cur['Kerr']-q); s=cur['Kerr']-q; cur['Kerr']=q
tr('Kerr surplus',s,{'Boyd':120,'DMcAleer':14,'NT':45})
print(sum(cur.values())+nt, 'nt',nt)
