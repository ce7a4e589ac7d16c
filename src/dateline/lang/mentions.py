"""Which entity a word of the text stands for: one index over the entity clusters' mentions
and roles, read by the quote stage (speakers, addressees) and the event coder (sources,
targets).

Mentions may nest ("the Iranian foreign minister" holding "Iranian"). Which one owns a
token is a choice, made explicit by `nested`:

- "innermost": the narrowest mention covering the token (the event coder: an argument
  word is the entity it names itself, "Iranian" in "the Iranian minister" is Iran);
- "first": the mention of the first cluster, in the entity stage's order: the entity the
  article names first (quotes: a source phrase resolves to it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Literal

from spacy.tokens import Span, Token

if TYPE_CHECKING:  # the entity stage imports this package: no cycle at run time
    from dateline.entities.cluster import Cluster

__all__ = ["MentionIndex", "Nested"]

Nested = Literal["innermost", "first"]

_MODIFIER_DEPS = frozenset({"compound", "nmod", "appos"})
# Modifiers that, coordinated, name the sides a plural noun's people belong to.
_JOINT_DEPS = frozenset({"compound", "nmod", "amod"})


def _itself(token: Token) -> Token:
    return token


class MentionIndex:
    """Entity clusters by the tokens of their mentions and roles.

    `nested` chooses whose a token inside nested mentions is (see the module). A word of a
    person's title that no mention covers stands for that person ("Head of the Office …
    Andriy Yermak spoke"): `at` falls back on title roles, `resolve` on any role.
    `content_head` maps an argument word to the word that names its entity (the event
    coder's "tons of aid" -> "aid"); `entities_of` reads through it.
    """

    def __init__(self, clusters: list[Cluster], *, nested: Nested,
                 content_head: Callable[[Token], Token] = _itself) -> None:
        if nested not in ("innermost", "first"):
            raise ValueError(f"nested is '{nested}'; use 'innermost' or 'first'")
        self.nested = nested
        self.content_head = content_head
        self._exact: dict[tuple[int, int], Cluster] = {}
        self._mentions: dict[int, Cluster] = {}
        self._titles: dict[int, Cluster] = {}
        self._roles: dict[int, Cluster] = {}
        widths: dict[int, int] = {}
        for cluster in clusters:
            for mention in cluster.mentions:
                start, end = mention.span.start, mention.span.end
                self._exact.setdefault((start, end), cluster)
                for i in range(start, end):
                    if i not in self._mentions or (
                            nested == "innermost" and end - start < widths[i]):
                        self._mentions[i] = cluster
                        widths[i] = end - start
        for cluster in clusters:
            for role in cluster.roles:
                for i in range(role.span.start, role.span.end):
                    self._roles.setdefault(i, cluster)
                    if role.kind == "title":
                        self._titles.setdefault(i, cluster)

    def mention_at(self, i: int) -> Cluster | None:
        """The cluster of the mention that owns token `i`, if any."""
        return self._mentions.get(i)

    def at(self, i: int) -> Cluster | None:
        """The cluster token `i` stands for: its mention's, else its title role's."""
        found = self._mentions.get(i)
        return found if found is not None else self._titles.get(i)

    def __contains__(self, i: int) -> bool:
        return self.at(i) is not None

    def resolve(self, span: Span) -> Cluster | None:
        """The cluster whose mention is `span`, else the one with a mention at its head, else
        at its last word that has one, else the one a role at its head belongs to."""
        exact = self._exact.get((span.start, span.end))
        if exact is not None:
            return exact
        head = span.root.i
        found = self._mentions.get(head)
        if found is not None:
            return found
        for i in range(span.end - 1, span.start - 1, -1):
            found = self._mentions.get(i)
            if found is not None:
                return found
        return self._roles.get(head)

    def entities_of(self, token: Token) -> list[Cluster]:
        """The entity of an argument head (through `content_head`), of each conjunct, else of
        its compound, nominal or appositive modifiers."""
        found: list[Cluster] = []
        for head in _with_conjuncts(self.content_head(token)):
            joint = self._joint_modifiers(head)
            if joint:
                found += [j for j in joint if j not in found]
                continue
            hit = self.at(head.i)
            if hit is None:
                for child in head.children:
                    if child.dep_ in _MODIFIER_DEPS and (hit := self.at(child.i)) is not None:
                        break
            if hit is not None and hit not in found:
                found.append(hit)
        return found

    def _joint_modifiers(self, head: Token) -> list[Cluster]:
        """"U.S. and Taliban officials", "Russian and Ukrainian delegations": people of two
        sides, each side a party of its own, not the one nominal that names them all."""
        for child in head.children:
            if child.dep_ not in _JOINT_DEPS or not any(g.dep_ == "conj" for g in child.children):
                continue
            sides = [self.at(t.i) for t in _with_conjuncts(child)]
            known = [s for s in dict.fromkeys(sides) if s is not None]
            if len(known) == len(sides) >= 2 and self.at(head.i) not in known:
                return known
        return []


def _with_conjuncts(token: Token) -> Iterator[Token]:
    """The token, then its conjuncts, depth first ("Iran, Iraq and Syria")."""
    yield token
    for child in token.children:
        if child.dep_ == "conj":
            yield from _with_conjuncts(child)
