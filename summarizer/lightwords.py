"""Words the alignment reads past (synonyms.py): they carry little of what a claim says, so a
paraphrase may add or drop them without saying something the passage does not."""

from __future__ import annotations

# verbs and adverbs that carry little of a claim: a paraphrase adds them freely ("put money into")
_LIGHT_WORDS = """
    become became becoming becomes remain remained remains stay stayed stays seem seemed seems
    now currently every put get got make made take took give gave keep kept back able well also
    live schedule scheduled company companies firm firms
    """
# closed-class words the stopword list lacks (relative pronouns, prepositions, conjunctions,
# "another" and the connectives that add or concede: "meanwhile", "moreover", "nevertheless"):
# grammar, not meaning, so a paraphrase may add or drop them ("a deal whose value ...");
# the causal ones ("therefore", "thus") stay words: a claim that adds a cause says more
_CLOSED_CLASS = """
    whose whoever whomever whatever whichever among amongst amid amidst toward towards beyond
    beneath besides whereas whilst either
    another meantime meanwhile nonetheless nevertheless furthermore moreover additionally
    likewise respectively anyway whereby
    """
LIGHT = frozenset((_LIGHT_WORDS + _CLOSED_CLASS).split())
# verbs that only say one event brought about another ("the strike prompted the airline to
# cancel flights" for "… cancelled flights as staff went on strike": "as", "after", "because"
# are stopwords); light for the alignment only, negation and roles still read them
_CAUSAL = "prompted prompting led caused causing triggered sparked forced resulted resulting"
CAUSAL = frozenset(_CAUSAL.split())
# vague counts ("for several days" against "for days", "a number of farmers" against "some
# farmers": "some" is a stopword, and phrases.py reads "a number of" and "a few" as "several");
# light for the alignment only: a duration's unit is still checked (relations.missing_times)
# and "many" stays a word, having an opposite ("few")
VAGUE = frozenset(["several", "multiple", "various", "numerous"])
