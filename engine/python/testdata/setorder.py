# Set iteration order is CPython's: its table (Objects/setobject.c) and its
# str hash under PYTHONHASHSEED=0 (the reference's setting): run
# cpython_check.py on this file with PYTHONHASHSEED=0.
print({"body", "name"}, {"name", "body"}, hash('body'), hash('é'), hash('€'), hash('😀'), hash(''))
print({'name', 'id', 'pk', 'title', 'body', 'headline', 'rating', 'blog', 'author'})
s = set()
for w in ['name', 'id', 'pk', 'title', 'body', 'headline', 'rating', 'blog', 'author']: s.add(w)
print(s, [w for w in {'pub_date', 'x', 'headline', 3, None}])
print({('q2', 7), 70, 'zz', 'mod_date', None, 'é', 'k', None, 0, 45, 100000000000000000000, 74, 'zz', 'body'} - {('mod_date', 0), None, 'pub_date', None, 76, 'name'})
s = set([47, 2305843009213693952, 35, None, -2, 'pk', 'é', 'name', None, 'blog', ('body', 7), 'abcdefgh', 'pub_date', 94])
s ^= {'id', 'name', 2305843009213693952, 'pk', 'q2', None, 'k', 'zz', 'headline', 'abcdefgh', 'q1', 2305843009213693952, 'pub_date', 'name', 'abcdefgh', 100000000000000000000, 7, 'headline', 'y', 'mod_date', 'é'}
print(s)
s = set(['blog', 26])
s -= {5}
print(s)
print(set([11, -2, None, 'abcdefgh', 'headline', 'x', None, 'blog', 'k', 'abcdefgh', ('mod_date', 1)]).intersection({'pk', 'y', 'abcdefgh', 'mod_date', 'zz', 'id', 'q3', 73, 30, 'blog', 3, 'q2', 'body'}, ['zz', 11]))
print({x for x in {'q2', 100000000000000000000} if x is not None}, {'q2'} | {x*2 for x in range(30)})
s = set([61, None, 'mod_date', 'name', 'pk', 'mod_date', 57, 'name', 'headline', 20, 91, ('q2', 7), ('€', 6), 20, 97, None, ('blog', 6), '€', 'headline', 'body', 30, None, 'q3', 'blog', None, 'zz'])
s -= {86, None, -2, 'body', 'mod_date', 'y', 34, 67, 'headline', 'blog', 'y', 'headline', None, 2305843009213693952, 'k'}
print(s)
d = {k: 1 for k in {'blog', 'q3', 'name', None, -1, 'y', None, 61, 91, 'x', 'abcdefgh', 'q2', 'name', 'pub_date', 59, None, ('q2', 5), 21, 'pk', 'abcdefgh', -1, 96, ('y', 0), 'id', '€', 93, 'name', 'id', 'body', '€'}}
print(set(d), d.keys() | {None, 'headline', 100000000000000000000, None, 58, 83, 'x', 'k', 'k', 61, 66, 'abcdefgh', 100000000000000000000, 'headline', 100000000000000000000, 'q3', 'k', 'name', -2, 0, 46}, d.keys() & {None, 'headline', 100000000000000000000, None, 58, 83, 'x', 'k', 'k', 61, 66, 'abcdefgh', 100000000000000000000, 'headline', 100000000000000000000, 'q3', 'k', 'name', -2, 0, 46}, d.keys() - {None, 'headline', 100000000000000000000, None, 58, 83, 'x', 'k', 'k', 61, 66, 'abcdefgh', 100000000000000000000, 'headline', 100000000000000000000, 'q3', 'k', 'name', -2, 0, 46}, d.keys() ^ {None, 'headline', 100000000000000000000, None, 58, 83, 'x', 'k', 'k', 61, 66, 'abcdefgh', 100000000000000000000, 'headline', 100000000000000000000, 'q3', 'k', 'name', -2, 0, 46})
print({2305843009213693952, 'rating', 'k', 'abcdefgh', 'q3', '€', 'q3', 8, 'mod_date', 'y', 'name', 'headline', 'é', 'aaaaaaaaa', 'q3', 'pub_date', 'zz', 86, 'zz', ('name', 6), 100, 15, 75, 22, 64} - {12, 'aaaaaaaaa', ('€', 9), 'blog', 'blog', ('headline', 3), 'id', 'pk', 'q1', 85, 'abcdefgh', 97, 'blog', 40, ('aaaaaaaaa', 1), 76, None, 82, None})
s = set(['body', None, 67, 'blog', 'blog', 'rating', 2305843009213693952, 12, -2, 'pk', 'q2', 'aaaaaaaaa', 'mod_date', 'body', None])
s ^= {'aaaaaaaaa', 46, ('mod_date', 2), 'name', 'id'}
print(s)
print({59, 38, None, 'pk', 94, 'abcdefgh', '€', ('aaaaaaaaa', 6), None, 'rating', '€', 'pk', 'aaaaaaaaa', 100000000000000000000, 'y', ('é', 5), 'abcdefgh', 63} ^ {'q3', 84})
s = set(['pub_date', 'mod_date', 'x', 'abcdefgh', 92, 'abcdefgh', 'y', '€', 60, 'zz', 7, 98, 65, 92, -2, ('rating', 6), 'rating', ('k', 9), 49, ('q1', 4), 71, 'zz', 'y', 31])
for w in [32, 'x', 76, 'abcdefgh', '€', 1, 87, ('id', 3), 'q3', 'x', 'pk', ('q2', 2), 4611686018427387907, 9, 'q1', 'blog', ('aaaaaaaaa', 8), 'aaaaaaaaa', 'q1', 'y', 82]: s.discard(w)
print(s)
s.update(range(40))
print(s)
print({None, 12, 4611686018427387907, 'pk', 34, None, 40, 'mod_date', 67, 19, 91} - {'x', 78, ('body', 0), 'y', 'mod_date', 'x', 4})
s = set([65, 'aaaaaaaaa', 'aaaaaaaaa', '€', 'headline', None, 'pk', 'mod_date', None, None, 'y', 'headline', 'mod_date', 'k', None, None, 'aaaaaaaaa', 54, ('id', 8), 'pub_date', 99, 33, None, 'é', 'mod_date', 'é', '€', 'headline', '€'])
s -= {('€', 7), 82, ('q2', 8), None, '€', 'zz', 'aaaaaaaaa', None, 'abcdefgh', 96, 'pub_date'}
print(s)
print({'headline', None, 17, 'q2', ('é', 0), 'body', 67, 'name', 97, 'pub_date', 95, 37, 'pk', ('id', 0), 13, 'q1', 'x', 'zz', 'q2', '€', None, 'headline', 'k', None, 'mod_date'} - {'aaaaaaaaa', ('abcdefgh', 1), ('k', 0), 85, 'pk', 'q1', ('x', 2), -2, 36, 'q1', 30, 2305843009213693952, 'pk', 'headline', None, 'body', None, 'q3', ('body', 5), 'rating', 'pub_date', 'q3', 23, 'y', 'é', 99, 28, 'abcdefgh', ('€', 8)})
print({x for x in {('abcdefgh', 0), 'headline', None, 'zz', None, None, None, 'x', ('q3', 5), 'x', 72, ('q1', 2), None, 'zz', 'mod_date'} if x is not None}, {59} | {x*2 for x in range(30)})
s = set(['blog', 'id', None, 'body', 62, 'é', 'abcdefgh', 'é', 2305843009213693952])
s ^= {'headline', 'abcdefgh', 90, 2305843009213693952, -4, ('q3', 3), 'pk', 'name', ('blog', 9), 'abcdefgh', ('é', 5)}
print(s)
s = set([27, 'abcdefgh', 37, 'y', 87, 52, None, 'headline', 11, 85, 'blog', 'q2', 6, 'body', 'pk', 'id', 'q1'])
s -= {77, 'headline', None, '€', ('mod_date', 0), 73, 95, None, 72, 28, '€', 'q2', 'abcdefgh', '€', None, None, 15, 'k', ('k', 3), 'zz', 68, 61, 4611686018427387907, -2, 20, None, 'q3', 84, 'id'}
print(s)
print({x for x in {'pk', 'headline', 'pub_date', 66, 'y', '€', 10, ('name', 4)} if x is not None}, {None} | {x*2 for x in range(30)})
print(set(['q2', None, ('q1', 6), 'pk', ('zz', 5), 50, 'name', 'body', 'mod_date', ('abcdefgh', 9), 'é', ('id', 3), 'q2', 'abcdefgh', -2, 62, ('k', 4), 25, ('aaaaaaaaa', 8), 'rating', 'q1', 4, 'headline', 'k']).difference([('body', 1)], {2305843009213693952, 'é', 'rating', 'q2', None, 'aaaaaaaaa', 24, 'name', '€', 'q3', 'q3', ('blog', 4), ('body', 3), 'aaaaaaaaa', ('name', 2), 84, 4611686018427387907, 25}))
print(frozenset([35, -1, ('headline', 5), 94, 'id', 'é', 'blog', 'x', 32]), {frozenset({'zz', ('pub_date', 8), 'é', ('rating', 3), 'id', 'id', 'zz', 'body', 'pub_date', 'y', 'pub_date', 'é', 4611686018427387907, 'y', -2, 'headline', 2305843009213693952, 91, -5, ('q3', 0), 'k', None, ('€', 7), None, 59}), 63})
print({93, 'mod_date', 'q2', 27, None} & {28, 'x', ('mod_date', 7), 'blog', 86, 'q2', ('rating', 5), 'name', 98, 'q2', 97, 'pk', ('pub_date', 8), 87, 'headline', 'q1', '€', None, 94, 'pub_date', 'zz', 'y', 'q3', 71, None})

# output:
# {'body', 'name'} {'body', 'name'} 3609651542926669075 6047309291227476195 -5529981157763016009 -3536540696076613844 0
# {'id', 'rating', 'name', 'blog', 'pk', 'headline', 'body', 'author', 'title'}
# {'id', 'rating', 'name', 'pk', 'blog', 'headline', 'body', 'author', 'title'} [None, 3, 'pub_date', 'x', 'headline']
# {0, 'zz', 'é', 70, 74, 100000000000000000000, 'mod_date', 'k', 45, 'body', ('q2', 7)}
# {'y', 'id', 7, 'blog', ('body', 7), 94, 'zz', 35, 100000000000000000000, 'mod_date', 'k', 47, 'q1', 'headline', 'q2', -2}
# {26, 'blog'}
# set()
# {'q2', 100000000000000000000} {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 58, 38, 40, 42, 44, 46, 48, 50, 52, 54, 56, 'q2'}
# {20, ('€', 6), 30, 'zz', 'name', 'q3', '€', 57, 61, ('blog', 6), 91, 97, 'pk', ('q2', 7)}
# {'y', 'id', 'blog', ('q2', 5), 'body', 21, 91, 93, None, 96, 'x', 'pub_date', 'name', '€', 'abcdefgh', 'pk', 61, 'q3', 'q2', 59, ('y', 0), -1} {0, 'y', 'id', 66, 'blog', ('q2', 5), 'body', 83, 21, 91, 93, None, 96, 'x', 'pub_date', 58, 'name', '€', 'abcdefgh', 'pk', 100000000000000000000, 'k', 46, 'headline', 61, -2, 'q3', 'q2', 59, ('y', 0), -1} {None, 'x', 'name', 'abcdefgh', 'q3', 61} {'y', 'id', 'blog', ('q2', 5), 'body', 21, 91, 93, 96, 'pub_date', '€', 'pk', 'q2', 59, ('y', 0), -1} {0, 'y', 'id', 66, 'blog', ('q2', 5), 'body', 83, 21, 91, 93, 96, 'pub_date', 58, '€', 'pk', 100000000000000000000, 'k', 46, 'headline', -2, 'q2', 59, ('y', 0), -1}
# {2305843009213693952, 8, 15, 22, 'zz', 'name', 'mod_date', 'k', ('name', 6), 'q3', '€', 64, 'y', 'rating', 75, 86, 'é', 'pub_date', 100, 'headline'}
# {None, 2305843009213693952, 'id', 67, 'rating', 'name', 'blog', 12, 'pk', 'mod_date', 46, ('mod_date', 2), 'body', 'q2', -2}
# {None, 'y', 'rating', 38, ('é', 5), '€', 'abcdefgh', 'pk', 100000000000000000000, 84, ('aaaaaaaaa', 6), 'aaaaaaaaa', 'q3', 59, 94, 63}
# {7, 31, 'zz', 'mod_date', 49, ('k', 9), 60, ('q1', 4), 65, 'rating', 71, 92, 98, ('rating', 6), 'pub_date', -2}
# {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 'zz', 33, 34, 35, 36, 37, 38, 39, 'mod_date', 49, ('k', 9), 60, ('q1', 4), 65, 'rating', 71, 92, 98, ('rating', 6), 'pub_date', -2}
# {None, 34, 67, 4611686018427387907, 40, 'pk', 12, 19, 91}
# {65, 'y', 99, ('id', 8), 33, 'é', 'pk', 'mod_date', 'k', 'headline', 54}
# {'zz', 97, 67, 'x', 37, 'name', 'mod_date', 13, 'k', 17, ('id', 0), '€', ('é', 0), 'q2', 95}
# {'zz', 'x', 72, 'mod_date', ('q3', 5), ('abcdefgh', 0), 'headline', ('q1', 2)} {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38, 40, 42, 44, 46, 48, 50, 52, 54, 56, 58, 59}
# {None, 'id', 'é', ('q3', 3), 'name', ('é', 5), 'blog', 'pk', ('blog', 9), 'headline', 'body', 90, -4, 62}
# {'y', 37, 6, 11, 'blog', 'pk', 'q1', 'body', 52, 85, 87, 27}
# {'y', 66, 'pub_date', ('name', 4), 10, 'pk', 'headline', '€'} {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, None, 32, 34, 36, 38, 40, 42, 44, 46, 48, 50, 52, 54, 56, 58}
# {('zz', 5), 4, ('k', 4), 'body', ('id', 3), 'abcdefgh', 'pk', 'mod_date', 'k', 'q1', ('q1', 6), 'headline', 50, ('abcdefgh', 9), -2, 62, ('aaaaaaaaa', 8)}
# frozenset({32, 'id', 35, 'é', 'x', 'blog', -1, 94, ('headline', 5)}) {frozenset({2305843009213693952, 'y', 'id', 4611686018427387907, ('q3', 0), ('pub_date', 8), 'body', 91, ('rating', 3), None, 'zz', 'é', 'pub_date', -5, 'k', 'headline', ('€', 7), 59, -2}), 63}
# {None, 'q2'}
