"""The language layer: what several stages know of English and of spaCy's parse, kept once.

- `dateline.lang.words`: shared word lists (speech verbs, future heads and auxiliaries,
  titles and sector words, named-entity and dependency label sets), with each stage's own
  cut of a list named beside the list it cuts;
- `dateline.lang.names`: name keys, one module with a named variant for each lookup that
  folds text its own way (actor dictionaries, the gazetteer, entity tokens, the store);
- `dateline.lang.mentions`: `MentionIndex`, which entity a word of the text stands for;
- `dateline.lang.clauses`: clause helpers over the dependency parse.

Nothing here imports a stage at run time; the stages import from here.
"""
