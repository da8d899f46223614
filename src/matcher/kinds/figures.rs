//! Figures: whether two figures count the same thing, and whether they differ beyond
//! rounding ("9,000 cubic metres" against "1,200 cubic metres", not "a $2.5 billion deal"
//! against "a $1.4 billion payment").

use super::counted::{CLASSES, counts_of};
use super::wording::{
    clause_around, clause_back, clause_break, clause_on, is_year, period_after_last,
};
use crate::lexicon;
use crate::matcher::keys::{Key, Keys};
use crate::matcher::profile::{Profile, is_topic_word};
use crate::matcher::topic::Shared;
use crate::matcher::vectors;
use crate::matcher::words::{Bound, Quantity, Word, key_of, stem, stem_index};

/// Same unit and, for currencies and bare counts, the same counted noun.
pub(super) fn same_quantity(
    a: &Quantity,
    b: &Quantity,
    pa: &Profile,
    pb: &Profile,
    keys: &Keys,
    topic: &Shared,
) -> bool {
    let time = hours_in(&a.unit).is_some() && hours_in(&b.unit).is_some();
    // "would cut the parks budget by $1.6 million" and "the real reduction was nearer to
    // $2.9 million": a change and the amount of that change, one thing in two words.
    let one_amount = amount_of(pa, a).is_some_and(|x| Some(x) == amount_of(pb, b));
    if (a.unit != b.unit && !time) || (a.relative != b.relative && !one_amount) {
        return false;
    }
    // "85,000 people marched" and "a group of about 30 people threw bottles": counts and sums
    // that far apart are of different things, not two estimates of one.
    let (small, large) = (
        magnitude(a).min(magnitude(b)),
        magnitude(a).max(magnitude(b)),
    );
    // ("lasted less than six hours" and "for at least three weeks": durations bounded apart
    // are one span in dispute, however far apart.)
    let bounded_apart = time && {
        let (lo, hi) = if magnitude(a) <= magnitude(b) {
            (a, b)
        } else {
            (b, a)
        };
        lo.bound == Bound::AtMost && hi.bound == Bound::AtLeast
    };
    if a.unit != "percent" && large > 20.0 * small && !bounded_apart {
        return false;
    }
    if !same_scope(a, b, pa, pb) || kinds_differ(pa, a, pb, b) {
        return false;
    }
    // "still six nurses short of its staffing level" counts a gap, not the nurses "hired".
    if shortfall(pa, a) != shortfall(pb, b) {
        return false;
    }
    // A share ("34 percent") is a share of something: the same something must follow.
    let share = a.unit == "percent";
    // "98 percent of the arrivals are farmers" and "traders make up 1 percent of the
    // arrivals": shares of one whole that are different parts of it.
    if share
        && let (Some(x), Some(y)) = (share_is(pa, a), share_is(pb, b))
        && x != y
    {
        return false;
    }
    // Money, in signs or words ("$", "180,000 pounds"), is a sum of something: the same
    // something must follow.
    let money = ["$", "€", "£"].contains(&a.unit.as_str())
        || lexicon::CURRENCIES.iter().any(|c| a.unit.starts_with(c));
    // Spans of time ("within two days", "ten days") measure different things too often:
    // the same span is one the same words stand around ("the kit sat in a van for 31 hours",
    // "the kit was delivered within 18 hours"), whatever it counts after it.
    if time {
        if offset(pa, a) || offset(pb, b) || window(pa, a) || window(pb, b) {
            return false;
        }
        let shared = words_around(pa, a, pb, b);
        return shared.len() >= 2
            || shared.iter().any(|k| !keys.is_changeable(*k))
            || (lasted(pa, a) && lasted(pb, b));
    }
    let measure = !a.unit.is_empty() && !money && !share;
    if measure {
        return a.noun.is_empty() || b.noun.is_empty() || a.noun == b.noun || a.unit.contains(' ');
    }
    // A count that names nothing particular ("eight times", "31 people") is of what its verb
    // says: "fired three rounds" and "fired at least eight times", "confirmed 14 deaths" and
    // "31 people had died".
    let loose = |p: &Profile, q: &Quantity| {
        q.noun.is_empty()
            || q.noun_at
                .is_some_and(|k| lexicon::GENERIC_NOUNS.contains(&p.words[k].lower))
    };
    // "180 marchers had been detained" and "90 marchers were injured": people of whom
    // different things are said are different counts.
    if different_deeds(a, b, pa, pb) {
        return false;
    }
    if a.unit.is_empty() && a.noun != b.noun {
        let same_verb = verb_before(pa, a).is_some_and(|v| Some(v) == verb_before(pb, b));
        let told = |p: &Profile, q: &Quantity, other: &Quantity| {
            !other.noun.is_empty() && said_of(p, q).is_some_and(|k| k == other.noun)
        };
        // "40 people were arrested" and "200 demonstrators had been detained": counts of
        // people of whom one thing is said, whatever noun names them.
        let same_deed =
            persons(pa, a) && persons(pb, b) && deed(pa, a).is_some_and(|x| Some(x) == deed(pb, b));
        if (loose(pa, a) || loose(pb, b)) && same_verb
            || (loose(pa, a) && told(pa, a, b))
            || (loose(pb, b) && told(pb, b, a))
            || same_deed
        {
            return true;
        }
    }
    // "20 medical-surgical beds" and "16 short-stay beds": one noun, two kinds of it.
    if let (Some(x), Some(y)) = (compound_modifier(pa, a), compound_modifier(pb, b))
        && x != y
    {
        return false;
    }
    let generic = |p: &Profile, q: &Quantity| {
        q.noun_at
            .is_some_and(|k| lexicon::GENERIC_NOUNS.contains(&p.words[k].lower))
    };
    // "48,000 people" and "26,000 residents": two loose counts, of the same people if the
    // claims share another word.
    // (Both of persons, or both of things: "residents of 14 houses" and "200 people".)
    let things = |p: &Profile, q: &Quantity| {
        q.noun_at
            .is_some_and(|k| lexicon::GENERIC_THINGS.contains(&p.words[k].lower))
    };
    let both_generic = generic(pa, a) && generic(pb, b) && things(pa, a) == things(pb, b);
    // "the chain operates 64 stores" and "six stores would close": all that someone has is
    // not the smaller part that something befalls. (A larger count is another count of the
    // whole: "the camp had 26,000 residents" against "48,000 people were living there".)
    // (A level a count stands at is no part: "is down to 212 officers" against "has 241".)
    let whole_and_part = |w: &Quantity, pw: &Profile, part: &Quantity, pp: &Profile| {
        holds_all(pw, w)
            && !holds_all(pp, part)
            && !stands_at(pp, part)
            && magnitude(part) < magnitude(w)
    };
    if whole_and_part(a, pa, b, pb) || whole_and_part(b, pb, a, pa) {
        return false;
    }
    // (Shares of two loose groups are of two wholes: "one in 45 children" and "70 percent of
    // adults".)
    if !a.noun.is_empty()
        && (a.noun == b.noun || (both_generic && !share) || one_compound(pa, a, pb, b))
    {
        // "187 people rescued" and "400 people on board": people, homes, cases are counted in
        // every story; another shared word must say it is the same count.
        let generic = generic(pa, a);
        return !generic
            || topic
                .pairs
                .iter()
                .any(|(_, ia, ib)| Some(*ia) != a.noun_at && Some(*ib) != b.noun_at);
    }
    // "turnout rose 50%" and "turnout rose 20%", "repairs would cost about 1.4 million pounds"
    // and "repairs would cost around 310,000 pounds": the same words (two or more) stand
    // around both figures.
    let unnamed_sums = money && a.noun.is_empty() && b.noun.is_empty();
    if unnamed_sums && one_amount {
        return true;
    }
    // "the amount was less than 600,000 crowns" answers "siphoned off 4.2 million crowns":
    // a claim about "the amount" gives the sum in dispute.
    if money && (sum_in_dispute(pa, a) || sum_in_dispute(pb, b)) {
        return true;
    }
    // "the 138 figure was correct" and "the true figure was 204": both give "the figure",
    // the one in dispute.
    if figure_in_dispute(pa, a) && figure_in_dispute(pb, b) {
        return true;
    }
    // "push the retirement age to 67" and "the age would rise from 64 to 66": bare figures
    // of the same thing.
    let bare = a.unit.is_empty() && a.noun.is_empty() && b.noun.is_empty();
    (share || unnamed_sums || bare) && {
        let shared = words_around(pa, a, pb, b);
        // One shared word will do for shares when neither figure names what it counts, as
        // long as that word is no verb of change ("rose", "fell"), which every share can take.
        // A sum needs the same verb right before it: "would cost about 1.4 million pounds"
        // and "would cost around 310,000 pounds", not "raised 18,000 pounds for legal costs".
        shared.len() >= 2
            || (unnamed_sums && verb_before(pa, a).is_some_and(|v| Some(v) == verb_before(pb, b)))
            || (unnamed_sums
                && topic
                    .pairs
                    .iter()
                    .any(|&(_, ia, ib)| sum_of(pa, a, ia) && sum_of(pb, b, ib)))
            || (unnamed_sums && sums_of_one_deed(pa, a, pb, b))
            || ((share || bare)
                && a.noun.is_empty()
                && b.noun.is_empty()
                && shared
                    .iter()
                    .any(|k| !keys.is_changeable(*k) && !names_a_period(pa, *k)))
    }
}

/// Whether the nouns after two figures are one compound said more or less fully: "a $14
/// national minimum wage" and "an $18 minimum wage" share two of their words. (One word is
/// not enough: "four new stores" are not all the "64 stores", nor a "$1.4 billion arms
/// payment" the "$2.5 billion arms deal".)
fn one_compound(pa: &Profile, a: &Quantity, pb: &Profile, b: &Quantity) -> bool {
    let lex = lexicon::matcher();
    let compound = |p: &Profile, q: &Quantity| -> Vec<String> {
        let Some(from) = q.noun_at else {
            return Vec::new();
        };
        (from..p.words.len().min(from + 4))
            .take_while(|&k| {
                (k == from || !clause_break(p.text, &p.words, k - 1))
                    && is_topic_word(&p.words[k], lex)
            })
            .map(|k| stem(&p.words[k].lower, lex))
            .collect()
    };
    let (x, y) = (compound(pa, a), compound(pb, b));
    x.iter().filter(|w| y.contains(w)).count() >= 2
        || initials_of(pa, a, pb, b)
        || initials_of(pb, b, pa, a)
}

/// Whether the noun after one figure is an acronym of the words after the other: "3.6
/// percent of GDP" and "2.9 percent of gross domestic product".
fn initials_of(pa: &Profile, a: &Quantity, pb: &Profile, b: &Quantity) -> bool {
    let (Some(ka), Some(kb)) = (a.noun_at, b.noun_at) else {
        return false;
    };
    let acronym = pa.words[ka].surface;
    (2..=6).contains(&acronym.len())
        && acronym.bytes().all(|c| c.is_ascii_uppercase())
        && pb.words.len() >= kb + acronym.len()
        && pb.words[kb..kb + acronym.len()]
            .iter()
            .zip(acronym.bytes())
            .all(|(w, c)| w.lower.as_bytes()[0] == c.to_ascii_lowercase())
}

/// The hyphened modifier between a figure and its noun, folded: "medical-surgical" of "20
/// medical-surgical beds".
fn compound_modifier<'p>(p: &'p Profile, q: &Quantity) -> Option<&'p str> {
    let k = q.noun_at?.checked_sub(1)?;
    let w = p.words.get(k)?;
    (k >= q.end && w.lower.contains('-')).then_some(w.lower.as_ref())
}

/// Whether a key stands in a claim for a time ("in the quarter", "in June"): when a figure
/// is given, not what it counts ("fuel costs rose 14 percent in the quarter" and "passenger
/// numbers fell 3 percent in the quarter").
fn names_a_period(p: &Profile, key: Key) -> bool {
    let period = |w: &str| {
        lexicon::CALENDAR.contains(w)
            || matches!(
                w.trim_end_matches('s'),
                "year" | "quarter" | "month" | "week" | "day" | "period" | "season" | "half"
            )
    };
    p.keys.get(&key).is_some_and(|&at| {
        let w = lexicon::without_possessive(&p.words[at].lower);
        // ("in the first half", "the first six months": the order of a period.)
        let ordinal = matches!(w, "first" | "second" | "third" | "fourth")
            && p.words[at + 1..(at + 3).min(p.words.len())]
                .iter()
                .any(|n| period(&n.lower));
        period(w) || ordinal
    })
}

/// Whether the noun at `at` is what a sum is of, said before it in its clause: "cost
/// overruns on the program had reached $1.1 billion", "the real overrun was closer to $400
/// million" (a noun, not a name, within eight words before the figure).
fn sum_of(p: &Profile, q: &Quantity, at: usize) -> bool {
    let w = &p.words[at];
    // (Or the subject that opens the claim, however long: "transfers from the three firms to
    // an account held by his cousin totalled 2.3 million crowns".)
    // (The verb says what the subject amounts to, not what it did: not "the campaign paid".)
    let opens = (0..at).all(|k| lexicon::DETERMINERS.contains(p.words[k].lower.as_ref()))
        && amounts_to(p, q);
    // ("at least £150m had already been paid": the participle after it says what was done
    // with the sum.)
    let participle =
        w.lower.ends_with("ed") || lexicon::matcher().irregular.get(w.lower.as_ref()).is_some();
    let done_after = participle
        && at >= q.end
        && at - q.end <= 4
        && p.words[q.end..at].iter().all(|x| {
            let x = x.lower.as_ref();
            lexicon::HAVE_BE.contains(x)
                || matches!(x, "been" | "be" | "already")
                || x.ends_with("ly")
        });
    done_after
        || at < q.at
            && (q.at - at <= 8 || opens && q.at - at <= 16)
            && !w.capitalized
            && vectors::may_be_noun(&w.lower)
            && !(at..q.at).any(|i| clause_break(p.text, &p.words, i))
}

/// Whether two sums are of one deed named two ways, a noun and its verb: "payments to the
/// firm totalled £90m" and "at least £150m had been paid to the firm".
fn sums_of_one_deed(pa: &Profile, a: &Quantity, pb: &Profile, b: &Quantity) -> bool {
    let places = |p: &Profile, q: &Quantity| -> Vec<usize> {
        (0..p.words.len())
            .filter(|&k| sum_of(p, q, k))
            .filter_map(|k| p.places[k].map(|x| x as usize))
            .collect()
    };
    let (xa, xb) = (places(pa, a), places(pb, b));
    xa.iter().any(|&x| {
        xb.iter()
            .any(|&y| vectors::names_deed_of(x, y) || vectors::names_deed_of(y, x))
    })
}

/// Whether the verb before a figure says what something amounts to: "totalled", "came to",
/// "amounted to", "reached", "was".
fn amounts_to(p: &Profile, q: &Quantity) -> bool {
    let k = before_bound(p, q);
    let w = |i: usize| k.checked_sub(i).map(|j| p.words[j].lower.as_ref());
    matches!(
        w(1),
        Some("totalled" | "totaled" | "totals" | "total" | "reached" | "is" | "was" | "were")
    ) || w(1) == Some("to") && matches!(w(2), Some("came" | "come" | "amounted" | "amount"))
}

/// Whether `q` is "the figure" a claim speaks of, with no other word to say of what: "the 138
/// figure", "the true figure was 204", "the real number is closer to 200" (a figure noun
/// after "the", "that" or "this" and at most a word that only weighs it: true, real, actual,
/// official, correct, final).
fn figure_in_dispute(p: &Profile, q: &Quantity) -> bool {
    let w = |k: usize| p.words[k].lower.as_ref();
    let pointing = |k: usize| matches!(w(k), "the" | "that" | "this");
    let weighing = |k: usize| {
        matches!(
            w(k),
            "true" | "real" | "actual" | "official" | "correct" | "right" | "final"
        )
    };
    let figure_noun = |k: usize| lexicon::FIGURE_NOUNS.contains(w(k)) && w(k) != "data";
    // "the 138 figure"
    let named_after =
        q.at >= 1 && pointing(q.at - 1) && q.noun_at == Some(q.at + 1) && figure_noun(q.at + 1);
    // "the true figure was 204": the figure noun, then "is" or "was", then the figure.
    let k = before_bound(p, q);
    let said_of = k >= 3
        && matches!(w(k - 1), "is" | "was" | "are" | "were")
        && figure_noun(k - 2)
        && (pointing(k - 3) || (k >= 4 && weighing(k - 3) && pointing(k - 4)));
    named_after || said_of
}

/// Whether a claim opens on "the amount", "the sum", "the money" or the like and `q` is its
/// first sum: the sum in dispute, given without saying again what it was of.
fn sum_in_dispute(p: &Profile, q: &Quantity) -> bool {
    let money = |x: &Quantity| {
        ["$", "€", "£"].contains(&x.unit.as_str())
            || lexicon::CURRENCIES.iter().any(|c| x.unit.starts_with(c))
    };
    p.words.len() > 2
        && matches!(p.words[0].lower.as_ref(), "the" | "that" | "this")
        && lexicon::SUM_NOUNS.contains(p.words[1].lower.as_ref())
        && p.quantities
            .iter()
            .find(|x| money(x))
            .is_some_and(|x| x.at == q.at)
}

/// Whether two figures are given in one scope, whatever they count: neither forecast,
/// planned or supposed, neither a part taken back of a whole, of one time, one holder, one
/// place and one purpose.
pub(super) fn same_scope(a: &Quantity, b: &Quantity, pa: &Profile, pb: &Profile) -> bool {
    // "analysts had expected revenue of $3.98 billion": a forecast, not a figure to dispute;
    // "salaries will rise by 4 per cent" and "pay fell by 9 per cent": a plan and a record.
    // ("would", a reported "will" or a supposition, goes with either: "will pay about $38
    // more" and "said a family would pay around $60 more".)
    // ("could fall to about $1.1 billion by 2028" is a possibility to come, as "will" is one
    // foreseen; "may have died" a guess at what was, which goes with either.)
    let will = |p: &Profile, q: &Quantity| {
        let from = q.at.saturating_sub(4);
        let before = &p.words[from..q.at];
        let possible = before.iter().enumerate().any(|(k, w)| {
            // (Not the month: "in May 40 people died".)
            (matches!(w.lower.as_ref(), "could" | "might") || (w.lower == "may" && !w.capitalized))
                && p.words.get(from + k + 1).is_some_and(|n| n.lower != "have")
        });
        if possible
            || before
                .iter()
                .any(|w| matches!(w.lower.as_ref(), "will" | "shall" | "'ll"))
        {
            Some(true)
        } else if before.iter().any(|w| w.lower == "would") {
            // ("would rise to about 8 billion by the end of the year", "would rise to 7
            // percent from January": a date to come after it makes it a forecast.)
            deadline_after(p, q).then_some(true)
        } else {
            Some(false)
        }
    };
    let tenses_apart = matches!(
        (will(pa, a), will(pb, b)),
        (Some(x), Some(y)) if x != y
    );
    if expected(pa, a) || expected(pb, b) || tenses_apart {
        return false;
    }
    // "If turnout is 60 percent, …", "When you have less than 20 percent of the vote, …":
    // a figure in a condition is supposed, not given ("when the count ended, 54 percent had
    // voted" gives one).
    if supposed(pa, a) || supposed(pb, b) {
        return false;
    }
    // "crews had recovered about 800 barrels" and "1,200 barrels had spilled": what was
    // taken back is a part of what was lost.
    let recovered = |p: &Profile, q: &Quantity| {
        verb_before(p, q).is_some_and(|v| lexicon::RECOVERY_STEMS.contains(v.as_str()))
    };
    if recovered(pa, a) != recovered(pb, b) {
        return false;
    }
    // "about 8,000 claims remain open" and "the office received 41,000 claims": what is left
    // is a part of what a deed took in or gave out. (Not "350 people are missing": a state,
    // as what remains is.)
    let done = |p: &Profile, q: &Quantity| {
        verb_before(p, q).is_some_and(|_| {
            let k = before_bound(p, q);
            k > 0 && !lexicon::HAVE_BE.contains(p.words[k - 1].lower.as_ref())
        })
    };
    if (remaining(pa, a) && !remaining(pb, b) && done(pb, b))
        || (remaining(pb, b) && !remaining(pa, a) && done(pa, a))
    {
        return false;
    }
    // "the combined catch of 75,000 tonnes" and "its fleet would land 40,000 tonnes": a sum
    // of parts holds the smaller figures that are parts of it. (Only "combined": "a total
    // of 40 dead" against "30 died" is two tolls of one event. Not shares: a part's rate may
    // be higher or lower than the whole's.)
    let total = |p: &Profile, q: &Quantity| {
        clause_back(p.text, &p.words, q.from, 4).any(|k| p.words[k].lower == "combined")
    };
    if a.unit != "percent" && total(pa, a) != total(pb, b) {
        let (whole, part) = if total(pa, a) { (a, b) } else { (b, a) };
        if magnitude(part) < magnitude(whole) {
            return false;
        }
    }
    // "the first payment under the contract, 85 million marks" and "the contract was worth
    // 340 million marks", "the first phase would cost 3 billion" and "the plan would cost 12
    // billion": a part named by its order is smaller than the whole.
    let (part_a, part_b) = (first_part(pa, a), first_part(pb, b));
    if a.unit != "percent" && part_a != part_b {
        let (whole, part) = if part_a { (b, a) } else { (a, b) };
        if magnitude(part) < magnitude(whole) {
            return false;
        }
    }
    // "with room for 640 pupils" and "has 410 pupils", "a hall built for 40 people" and
    // "was housing 90": what a place can hold is not what it holds.
    let capacity = |p: &Profile, q: &Quantity| {
        let k = before_bound(p, q);
        k >= 2
            && match p.words[k - 1].lower.as_ref() {
                "of" => matches!(p.words[k - 2].lower.as_ref(), "room" | "space" | "capacity"),
                "for" => matches!(
                    p.words[k - 2].lower.as_ref(),
                    "room" | "space" | "capacity" | "built" | "designed" | "meant" | "intended"
                ),
                _ => false,
            }
    };
    if capacity(pa, a) != capacity(pb, b) {
        return false;
    }
    // "militants killed 130 people in the capital last November" and "80 people were
    // killed": a figure dated to another time is of another event.
    if dated(pa, a) != dated(pb, b) {
        return false;
    }
    // "38 trucks got through on Wednesday" and "12 trucks were turned back on Tuesday": two
    // sides that each name a day, and different days, count different things. (Stretches
    // of time, "since the start of the month" against "on Wednesday", were tried too: on
    // unread probes they cost as many right pairs as they spared traps.)
    // (Not spans, which days bound: "within 24 hours of … Saturday night" and "for five
    // days, until Thursday morning".)
    if hours_in(&a.unit).is_none()
        && let (Some(x), Some(y)) = (day_of(pa, a), day_of(pb, b))
        && x != y
    {
        return false;
    }
    // "had invested 30 million kron" and "harvests worth 2 million kron a year": a rate is
    // not a total. (Only a total said to have built up: "earns 2 million a year" and
    // "earnings were closer to 1 million" often give one rate, its unit said once.)
    let rate_against_total = |rate: (&Profile, &Quantity), total: (&Profile, &Quantity)| {
        per_time(rate.0, rate.1) && !per_time(total.0, total.1) && accrued(total.0, total.1)
    };
    if rate_against_total((pa, a), (pb, b)) || rate_against_total((pb, b), (pa, a)) {
        return false;
    }
    // "a deficit of 2.3 billion crowns" and "a surplus of 400 million crowns": what the
    // figure is of, named before it.
    if let (Some(x), Some(y)) = (named_before(pa, a), named_before(pb, b))
        && x != y
    {
        return false;
    }
    // "Lindqvist has raised $4 million" and "Ekholm raised over $6 million", "48 percent of
    // Liberal members" and "15 percent of Green members": figures of different named holders
    // are of different things.
    let ((sa, oa), (sb, ob)) = (holders(pa, a), holders(pb, b));
    let apart =
        |x: &[&str], y: &[&str]| !x.is_empty() && !y.is_empty() && !x.iter().any(|n| y.contains(n));
    if apart(&sa, &sb) || apart(&oa, &ob) {
        return false;
    }
    // "would cost small businesses $400 million" and "would cost the state $22 million": what
    // one pays is not what another does.
    if let (Some(x), Some(y)) = (payer(pa, a), payer(pb, b))
        && !x.iter().any(|k| y.contains(k))
    {
        return false;
    }
    // "compared to Lund's 538": a count a name owns is compared only with a claim that names
    // that owner ("the 80 or so undecided votes" are not Lund's). (Not a country's:
    // "America's 400" and "420 in the United States" name one place two ways.)
    let possessor = |p: &'_ Profile, q: &Quantity| {
        let k = before_bound(p, q);
        let w = p.words.get(k.checked_sub(1)?)?;
        let name = w
            .lower
            .strip_suffix("'s")
            .or_else(|| w.lower.strip_suffix("’s"))?;
        let surface = w.surface.get(..name.len()).unwrap_or(name);
        (w.capitalized && k > 1 && lexicon::attribution().countries().lookup(surface).is_none())
            .then(|| name.to_string())
    };
    let names = |p: &Profile, name: &str| {
        p.words.iter().any(|w| {
            let l = w.lower.as_ref();
            l == name || l.strip_suffix("'s").or_else(|| l.strip_suffix("’s")) == Some(name)
        })
    };
    if possessor(pa, a).is_some_and(|x| !names(pb, &x))
        || possessor(pb, b).is_some_and(|x| !names(pa, &x))
    {
        return false;
    }
    // "2,400 ferries in the world" and "100 ferries in Ashby", or "Vale had 568 ferries":
    // counts of different places (a place named as the owner too).
    let (pla, plb) = (place(pa, a), place(pb, b));
    let where_ = |pl: Option<String>, p: &Profile, q: &Quantity| pl.or_else(|| owner(p, q));
    if (pla.is_some() || plb.is_some())
        && let (Some(x), Some(y)) = (where_(pla, pa, a), where_(plb, pb, b))
        && x != y
    {
        return false;
    }
    // "nine people had died in Kessary province" and "11 deaths across the country": a
    // region's count is not the country's.
    if let (Some(x), Some(y)) = (reach_of(pa, a), reach_of(pb, b))
        && x != y
    {
        return false;
    }
    // "spent $2.4 million on radio ads" and "$900,000 on canvassing", "raised $200,000 from
    // farmers" and "$1.1 million from the port authority": sums spent on, or given by,
    // different things are different sums.
    let (fa, fb) = (purpose(pa, a), purpose(pb, b));
    if !fa.is_empty() && !fb.is_empty() && !fa.iter().any(|k| fb.contains(k)) {
        return false;
    }
    // "have spent $1 million supporting her" and "$1.1 million supporting him": sums for, or
    // counts of, two people.
    if let (Some(x), Some(y)) = (person_after(pa, a), person_after(pb, b))
        && x != y
    {
        return false;
    }
    true
}

/// The day a figure's clause names after it: "got through on Wednesday", "were turned back
/// on Tuesday". (Not before it: "accused Kestria on Monday of deploying 12,000 troops" dates
/// the accusation.)
fn day_of(p: &Profile, q: &Quantity) -> Option<String> {
    clause_on(p.text, &p.words, q.at, 12).find_map(|k| {
        let w = lexicon::without_possessive(&p.words[k].lower);
        (w.ends_with("day") && lexicon::CALENDAR.contains(w)).then(|| w.to_string())
    })
}

/// Whether a figure's clause names a part by its order ("the first payment", "the initial
/// phase", "the second instalment") in the eight words before it or the six after.
fn first_part(p: &Profile, q: &Quantity) -> bool {
    let ws = &p.words;
    let before = clause_back(p.text, ws, q.from, 8);
    let after = clause_on(p.text, ws, q.end, 6);
    before.chain(after).any(|k| {
        matches!(
            ws[k].lower.as_ref(),
            "first" | "second" | "third" | "initial" | "opening"
        ) && ws
            .get(k + 1)
            .is_some_and(|n| lexicon::PART_NOUNS.contains(n.lower.as_ref()))
    })
}

/// Whether a figure is in a condition: "If turnout is 60 percent, …", "When you have less
/// than 20 percent of the vote, …".
pub(super) fn supposed(p: &Profile, q: &Quantity) -> bool {
    let before = &p.words[q.at.saturating_sub(5)..q.at];
    before
        .iter()
        .enumerate()
        .any(|(k, w)| match w.lower.as_ref() {
            "if" | "unless" => true,
            "when" | "whenever" => before.get(k + 1).is_some_and(|n| n.lower == "you"),
            _ => false,
        })
}

/// The gender of the first "him", "her" or "his" in the four words after a figure's own
/// words: whom the figure is of or for.
fn person_after(p: &Profile, q: &Quantity) -> Option<bool> {
    p.words
        .iter()
        .skip(q.end)
        .take(4)
        .find_map(|w| match w.lower.as_ref() {
            "him" | "his" => Some(true),
            "her" | "hers" => Some(false),
            _ => None,
        })
}

/// The keys that stand within seven words of both figures (the figure's own words, "180,000
/// pounds", are no context).
fn words_around(pa: &Profile, a: &Quantity, pb: &Profile, b: &Quantity) -> Vec<Key> {
    let around = |p: &Profile, q: &Quantity| -> Vec<Key> {
        let own = q.from..q.end;
        p.keys
            .iter()
            .filter(|(_, k)| k.abs_diff(q.at) <= 7 && !own.contains(k))
            .map(|(key, _)| *key)
            .collect()
    };
    let near_a = around(pa, a);
    around(pb, b)
        .into_iter()
        .filter(|k| near_a.contains(k))
        .collect()
}

/// Whether a noun both claims give near their figures is of two opposite kinds: opposite
/// words right before it ("legal immigrants" and "illegal immigrants", "public debt" and
/// "private debt").
fn kinds_differ(pa: &Profile, a: &Quantity, pb: &Profile, b: &Quantity) -> bool {
    // (Most claims hold no word with an opposite: the words around are not gathered.)
    if pa.opposable.is_empty() || pb.opposable.is_empty() {
        return false;
    }
    words_around(pa, a, pb, b)
        .iter()
        .any(|key| match (pa.keys.get(key), pb.keys.get(key)) {
            (Some(&ia), Some(&ib)) => opposite_kinds(pa, ia, pb, ib),
            _ => false,
        })
}

/// Whether the words right before word `ia` of `pa` and word `ib` of `pb` are opposites:
/// "illegal immigration" and "legal immigration" name two things, not one.
pub(super) fn opposite_kinds(pa: &Profile, ia: usize, pb: &Profile, ib: usize) -> bool {
    let (Some(ma), Some(mb)) = (ia.checked_sub(1), ib.checked_sub(1)) else {
        return false;
    };
    let stems = |p: &Profile, i: usize| -> Vec<u32> {
        p.opposable
            .iter()
            .filter(|(_, at)| *at == i)
            .map(|(s, _)| *s)
            .collect()
    };
    let sb = stems(pb, mb);
    stems(pa, ma)
        .iter()
        .any(|&x| sb.iter().any(|&y| stem_index().are_antonyms(x, y)))
}

/// What part a share names: the noun after the copula of "N percent of the X are Y", or the
/// subject of "Y make up N percent", "Y account for N percent", as a key.
fn share_is(p: &Profile, q: &Quantity) -> Option<String> {
    let ws = &p.words;
    let lex = lexicon::matcher();
    let key = |k: usize| key_of(&ws[k].lower, lex, stem_index());
    let after = q.end;
    if ws.get(after).is_some_and(|w| w.lower == "of")
        && let Some(c) = (after + 1..(after + 7).min(ws.len()))
            .find(|&k| matches!(ws[k].lower.as_ref(), "are" | "were" | "is" | "was"))
    {
        return (c + 1..(c + 4).min(ws.len()))
            .find(|&k| is_topic_word(&ws[k], lex))
            .map(key);
    }
    // Back over "less than half of" to the verb ("up to" is a bound, but "make up" is the
    // verb).
    let mut k = q.at;
    while k > 0
        && q.at - k < 5
        && ws[k - 1].lower != "up"
        && (lexicon::APPROXIMATORS.contains(ws[k - 1].lower.as_ref())
            || lexicon::BOUND_WORDS.contains(ws[k - 1].lower.as_ref())
            || matches!(
                ws[k - 1].lower.as_ref(),
                "half" | "of" | "than" | "less" | "more" | "fewer" | "just" | "only"
            ))
    {
        k -= 1;
    }
    if k < 2 {
        return None;
    }
    let verb = matches!(
        (ws[k - 2].lower.as_ref(), ws[k - 1].lower.as_ref()),
        ("make" | "makes" | "made", "up") | ("account" | "accounts" | "accounted", "for")
    );
    if !verb {
        return None;
    }
    (k.saturating_sub(6)..k - 2)
        .rev()
        .find(|&j| is_topic_word(&ws[j], lex))
        .map(key)
}

/// Who or what a figure belongs to, named: the subject of its verb ("Petra Lindqvist has
/// raised $4 million") and the names in the "of" phrase after it ("52 percent of Democratic
/// voters"), folded, without a possessive. Empty when the figure's own clause names neither.
fn holders<'p>(p: &'p Profile, q: &Quantity) -> (Vec<&'p str>, Vec<&'p str>) {
    let ws = &p.words;
    let folded = |k: usize| {
        let l = ws[k].lower.as_ref();
        l.strip_suffix("'s").unwrap_or(l)
    };
    let lex = lexicon::matcher();
    let name = |k: usize| {
        ws[k].capitalized && !lexicon::STOPWORDS.contains(ws[k].lower.as_ref()) && k > 0
            || (k == 0 && ws.get(1).is_some_and(|n| n.capitalized))
    };
    // Back over "about", "more than", the verb and its auxiliaries, to the subject.
    let mut k = before_bound(p, q);
    let verb = k > 0 && !ws[k - 1].capitalized && is_topic_word(&ws[k - 1], lex);
    let mut subject = Vec::new();
    if verb {
        k -= 1;
        // Over auxiliaries and adverbs: "has also raised".
        let verb_at = k;
        while k > 0 && verb_at - k < 3 && lexicon::STOPWORDS.contains(ws[k - 1].lower.as_ref()) {
            k -= 1;
        }
        while k > 0 && name(k - 1) {
            k -= 1;
            subject.push(folded(k));
        }
    }
    let mut of = Vec::new();
    // "52 percent of", "$2 million of": the "of" right after the figure's own words.
    let of_at = (q.at + 1..(q.at + 4).min(ws.len())).find(|&k| ws[k].lower == "of");
    if let Some(after) = of_at {
        of.extend(
            (after + 1..(after + 4).min(ws.len()))
                .take_while(|&k| !ws[k].capitalized || name(k))
                .filter(|&k| ws[k].capitalized)
                .map(folded),
        );
    }
    (subject, of)
}

/// Who pays a sum that something "costs" them: the topic keys between "cost" and the figure
/// ("would cost small businesses more than $400 million": small, businesses); `None` when no
/// one is named there.
fn payer(p: &Profile, q: &Quantity) -> Option<Vec<Key>> {
    let end = before_bound(p, q);
    let cost = (end.saturating_sub(6)..end)
        .rev()
        .find(|&k| matches!(p.words[k].lower.as_ref(), "cost" | "costs" | "costing"))?;
    let keys: Vec<_> = p
        .keys
        .iter()
        .filter(|(_, at)| **at > cost && **at < end)
        .map(|(key, _)| *key)
        .collect();
    (!keys.is_empty()).then_some(keys)
}

/// Where a figure's words start once "about", "more than" and the like before it are passed
/// over: the verb or the owner is right before.
fn before_bound(p: &Profile, q: &Quantity) -> usize {
    let mut k = q.at;
    while k > 0 && {
        let w = p.words[k - 1].lower.as_ref();
        lexicon::APPROXIMATORS.contains(w) || lexicon::BOUND_WORDS.contains(w)
    } {
        k -= 1;
    }
    k
}

/// Whether a figure is its speaker's own: its verb opens the claim, a gerund with no subject
/// ("reported paying $2.3 million for radio ads"), or follows "we" or "I" ("we have raised $4
/// million"). Two sources' own figures are two quantities.
pub(super) fn speakers_own(p: &Profile, q: &Quantity) -> bool {
    let ws = &p.words;
    let k = before_bound(p, q);
    if k == 0 {
        return false;
    }
    let verb = &ws[k - 1].lower;
    if k == 1 {
        return verb.len() > 4 && verb.ends_with("ing");
    }
    // Back over auxiliaries to the subject: "we have already raised".
    let mut s = k - 1;
    while s > 0 && s + 4 > k && lexicon::STOPWORDS.contains(ws[s - 1].lower.as_ref()) {
        s -= 1;
        // ("The campaign said it raised": a body's "it" is the body.)
        if matches!(ws[s].lower.as_ref(), "we" | "i" | "it") {
            return s == 0 || !ws[s - 1].capitalized;
        }
    }
    false
}

/// Where a count is of, named right after the figure and its noun: "in Ashby", "in the
/// world", "in the United States", folded; or a named site "at" which it is, later in its
/// clause ("2,500 jobs at the Porto Vell yard", "600 jobs would be created at the Tolsk
/// yard"); `None` when no place follows.
fn place(p: &Profile, q: &Quantity) -> Option<String> {
    place_in(p, q).or_else(|| site_at(p, q))
}

/// The name after "at" (and "the") in the eight words of a figure's clause after it.
fn site_at(p: &Profile, q: &Quantity) -> Option<String> {
    let ws = &p.words;
    clause_on(p.text, ws, q.end, 8).find_map(|k| {
        if ws[k].lower != "at" {
            return None;
        }
        let from = k + 1 + usize::from(ws.get(k + 1).is_some_and(|w| w.lower == "the"));
        let name: Vec<&str> = ws
            .get(from..)?
            .iter()
            .take_while(|w| w.capitalized && !lexicon::CALENDAR.contains(w.lower.as_ref()))
            .take(4)
            .map(|w| w.lower.as_ref())
            .collect();
        (!name.is_empty()).then(|| name.join(" "))
    })
}

fn place_in(p: &Profile, q: &Quantity) -> Option<String> {
    // Past the counted noun and the words of it ("passenger ferries").
    let after = q.end;
    let k = (after..(after + 3).min(p.words.len()))
        .take_while(|&j| {
            !p.words[j].capitalized
                && (j == after
                    || p.words[j].lower == "in"
                    || !lexicon::STOPWORDS.contains(p.words[j].lower.as_ref()))
        })
        .find(|&j| p.words[j].lower == "in");
    // "Nationally, fewer than 8 percent of bridges", "3 percent nationwide": the country.
    let Some(mut k) = k else {
        return p.words[q.at.saturating_sub(8)..(q.end + 4).min(p.words.len())]
            .iter()
            .any(|w| matches!(w.lower.as_ref(), "nationally" | "nationwide"))
            .then(|| "country".to_string());
    };
    k += 1;
    // ("in his state", "in the county": a place the speaker's own words point to.)
    let pointed = p.words.get(k).is_some_and(|w| {
        matches!(
            w.lower.as_ref(),
            "the" | "his" | "her" | "their" | "its" | "our" | "this"
        )
    });
    if pointed {
        k += 1;
    }
    let first = p.words.get(k)?;
    match first.lower.as_ref() {
        "world" => return Some("world".to_string()),
        "country" | "nation" => return Some("country".to_string()),
        "state" | "county" | "city" | "district" | "province" | "region" | "town" if pointed => {
            return Some(first.lower.to_string());
        }
        _ => {}
    }
    if !first.capitalized {
        return None;
    }
    let name: Vec<&str> = p.words[k..]
        .iter()
        .take_while(|w| w.capitalized)
        .take(4)
        .map(|w| w.lower.as_ref())
        .collect();
    Some(name.join(" "))
}

/// How far a figure reaches: the whole world, the whole country, or a named region.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reach {
    World,
    Country,
    Region,
}

/// How far the clause of a figure says its count reaches: the world ("global emissions",
/// "worldwide"), the whole country ("across the country", "nationwide") or a named region
/// ("in Kessary province", "emissions in the Halmar Union"), read after the figure and in
/// the subject before it.
fn reach_of(p: &Profile, q: &Quantity) -> Option<Reach> {
    let ws = &p.words;
    let after = clause_on(p.text, ws, q.end, 10);
    let before = clause_back(p.text, ws, q.from, 8);
    let mut reach = None;
    for k in after.chain(before) {
        let w = ws[k].lower.as_ref();
        let prev = k.checked_sub(1).map(|j| ws[j].lower.as_ref());
        let prev2 = k.checked_sub(2).map(|j| ws[j].lower.as_ref());
        let across = matches!(prev2, Some("across" | "throughout" | "in" | "around"));
        if matches!(
            w,
            "global" | "globally" | "worldwide" | "world's" | "world’s"
        ) || (w == "world" && prev == Some("the") && across)
        {
            return Some(Reach::World);
        }
        if matches!(w, "nationwide" | "nationally" | "countrywide")
            || (matches!(w, "country" | "nation") && prev == Some("the") && across)
        {
            return Some(Reach::Country);
        }
        let named = |j: usize| {
            ws[j].capitalized && j > 0 && !lexicon::CALENDAR.contains(ws[j].lower.as_ref())
        };
        // ("in Kessary province"; before the figure, "in the Halmar Union": a name the
        // subject is "in" is where it is counted, not the sentence's first word.)
        if (matches!(w, "province" | "region" | "county" | "district" | "state")
            && k >= 1
            && named(k - 1))
            || (k < q.from
                && named(k)
                && (prev == Some("in") || (prev == Some("the") && prev2 == Some("in"))))
        {
            reach = Some(Reach::Region);
        }
    }
    reach
}

/// The name that has a count, right before "has" or "had": "Vale had 568 ferries", folded.
fn owner(p: &Profile, q: &Quantity) -> Option<String> {
    let k = before_bound(p, q);
    if k < 2 || !matches!(p.words[k - 1].lower.as_ref(), "has" | "had" | "have") {
        return None;
    }
    let name = &p.words[k - 2];
    name.capitalized.then(|| {
        name.lower
            .strip_suffix("'s")
            .unwrap_or(&name.lower)
            .to_string()
    })
}

/// What a sum is spent on, given from or meant for, or a count is of: the topic keys of the
/// "on", "from" or "for" phrase right after the figure's words and counted noun, up to six
/// words or the next preposition ("$2.4 million on radio ads and leaflets", "four
/// votes for the governor"); empty when none follows.
fn purpose(p: &Profile, q: &Quantity) -> Vec<Key> {
    // After the counted noun, if it follows: "four votes for the governor".
    let after = q.end;
    let after = if q.noun_at == Some(after) {
        after + 1
    } else {
        after
    };
    let opens = |k: usize| {
        p.words
            .get(k)
            .is_some_and(|w| matches!(w.lower.as_ref(), "on" | "from" | "for"))
    };
    // "the $204,000 that the mayor has raised from farmers": over a short relative clause
    // on the sum, with no mark between.
    let after = if !opens(after)
        && p.words
            .get(after)
            .is_some_and(|w| matches!(w.lower.as_ref(), "that" | "which"))
    {
        (after + 2..(after + 6).min(p.words.len()))
            .take_while(|&k| {
                let (prev, w) = (&p.words[k - 1], &p.words[k]);
                !p.text[prev.at + prev.surface.len()..w.at].contains([',', '.', ';', ':'])
            })
            .find(|&k| opens(k))
            .unwrap_or(after)
    } else {
        after
    };
    if !opens(after) {
        return Vec::new();
    }
    // The phrase ends at the next preposition: "on radio ads in the district".
    let end = (after + 1..(after + 7).min(p.words.len()))
        .find(|&k| {
            let w = p.words[k].lower.as_ref();
            lexicon::FIGURE_PREPOSITIONS.contains(w) && !matches!(w, "a" | "an" | "the")
        })
        .unwrap_or((after + 7).min(p.words.len()));
    p.keys
        .iter()
        .filter(|&(_, &k)| k > after && k < end)
        .map(|(key, _)| *key)
        .collect()
}

/// Whether a figure counts what is missing: "six nurses short of its staffing level",
/// "$2 million shy of the target".
fn shortfall(p: &Profile, q: &Quantity) -> bool {
    p.words
        .get(q.noun_at.map_or(q.end, |k| k + 1))
        .is_some_and(|w| matches!(w.lower.as_ref(), "short" | "shy"))
}

/// Whether a span of time places one event from another rather than measuring one: "five
/// months before it collapsed", "three weeks later" (two such spans are of two events), not
/// "sat for 31 hours before it reached".
fn offset(p: &Profile, q: &Quantity) -> bool {
    let after = q.end;
    // ("for more than two days before it was stopped": a span, past its bound.)
    let from = before_bound(p, q);
    let measured = from > 0 && matches!(p.words[from - 1].lower.as_ref(), "for" | "within");
    !measured
        && p.words
            .get(after)
            .is_some_and(|w| lexicon::OFFSET_WORDS.contains(w.lower.as_ref()))
}

/// Whether a span of time is the window something else is told over, not a length in
/// dispute: "in each of the past four years", "over the next three days", "$12 million over
/// five years". ("for the past 11 years" is how long something went on.)
fn window(p: &Profile, q: &Quantity) -> bool {
    let from = before_bound(p, q);
    let word = |k: usize| p.words[k].lower.as_ref();
    if from == 0 {
        return false;
    }
    match word(from - 1) {
        "past" | "last" | "next" | "coming" | "previous" | "following" => {
            !(from >= 3 && SPAN_OPENERS.contains(&word(from - 3)))
        }
        "over" => q.bound == Bound::Point,
        _ => false,
    }
}

/// The words that open how long something went on: "lasted less than six hours", "for at
/// least three weeks", "spent under ten minutes on it".
const SPAN_OPENERS: [&str; 8] = [
    "for", "within", "lasted", "took", "spent", "spend", "spends", "spending",
];

/// Whether a span of time is how long something went on: "lasted less than six hours", "for
/// at least three weeks", "within two hours", "spent under ten minutes on it".
pub(super) fn lasted(p: &Profile, q: &Quantity) -> bool {
    let word = |k: usize| p.words[k].lower.as_ref();
    let mut from = before_bound(p, q);
    // ("for the best part of two hours": most of the span.)
    if from >= 4
        && word(from - 4) == "the"
        && matches!(word(from - 3), "best" | "better" | "greater")
        && word(from - 2) == "part"
        && word(from - 1) == "of"
    {
        from -= 4;
    }
    from > 0 && SPAN_OPENERS.contains(&word(from - 1))
}

/// The earlier time a figure's clause dates it to, folded: "last november", "last year",
/// "2015" ("in 2015", "the floods of 2015"), "ago" ("three years ago"). A bare month or day ("in June", "on
/// Tuesday") is left out: it dates one of the story's own events, which two sources may
/// count differently (two rounds of testing, a June and a July reading of one level).
fn dated(p: &Profile, q: &Quantity) -> Option<String> {
    let ws = &p.words;
    let (from, to) = clause_around(p.text, ws, q.at);
    let month =
        |l: &str| lexicon::CALENDAR.contains(l) && !l.ends_with("day") && !l.starts_with("to");
    (from..to).find_map(|k| {
        let next = ws.get(k + 1)?;
        // "last year's clashes" dates them as "last year" does.
        let unowned = lexicon::without_possessive(&next.lower);
        match ws[k].lower.as_ref() {
            "last" if month(unowned) || period_after_last(unowned) => {
                Some(format!("last {unowned}"))
            }
            // "in 2015", "since 2015", "the floods of 2009", "in the 2019 election".
            "in" | "since" | "of" if is_year(next) => Some(next.lower.to_string()),
            "in" | "since" | "of" if next.lower == "the" && ws.get(k + 2).is_some_and(is_year) => {
                Some(ws[k + 2].lower.to_string())
            }
            // ("three years ago", "a year earlier": a time counted back. "Earlier" dates the
            // figure it follows: "to 12.9 percent from 13.4 percent a year earlier" dates the
            // 13.4 only.)
            _ if (next.lower == "ago"
                || (next.lower == "earlier"
                    && !p.quantities.iter().any(|x| q.at < x.at && x.at < k)))
                && matches!(
                    ws[k].lower.trim_end_matches('s'),
                    "year" | "month" | "week" | "decade" | "quarter"
                ) =>
            {
                Some("ago".to_string())
            }
            // "in the previous two elections", "the prior three quarters".
            "previous" | "prior"
                if (crate::matcher::words::parse_number(next.surface).is_some()
                    || crate::matcher::words::number_word(&next.lower).is_some())
                    && ws.get(k + 2).is_some_and(|n| n.lower.ends_with('s')) =>
            {
                Some("ago".to_string())
            }
            // "the previous year", "the prior quarter".
            "previous" | "prior"
                if matches!(
                    next.lower.as_ref(),
                    "year" | "month" | "week" | "decade" | "quarter"
                ) =>
            {
                Some("ago".to_string())
            }
            _ => None,
        }
    })
}

/// Whether a time follows a figure in its clause after "by" or "from": "by the end of the
/// year", "by 2030", "from January", "by next spring".
fn deadline_after(p: &Profile, q: &Quantity) -> bool {
    let ws = &p.words;
    let month = |l: &str| lexicon::CALENDAR.contains(l) && !l.ends_with("day");
    let time = |k: usize| {
        ws.get(k).is_some_and(|w| {
            is_year(w)
                || month(&w.lower)
                || matches!(
                    w.lower.as_ref(),
                    "end" | "next" | "spring" | "summer" | "autumn" | "winter"
                )
        })
    };
    clause_on(p.text, ws, q.at + 1, 8).any(|k| {
        matches!(ws[k].lower.as_ref(), "by" | "from")
            && (time(k + 1) || (ws.get(k + 1).is_some_and(|w| w.lower == "the") && time(k + 2)))
    })
}

/// Whether a figure is a rate over time: "a year", "per month", "each week", "annually" right
/// after it or after what it counts ("2 million kron a year", "400 cases a day"), not "a
/// year ago".
fn per_time(p: &Profile, q: &Quantity) -> bool {
    let word = |k: usize| p.words.get(k).map(|w| w.lower.as_ref());
    let period = |w: Option<&str>| {
        matches!(
            w,
            Some("year" | "month" | "week" | "day" | "hour" | "quarter" | "annum")
        )
    };
    let rate_at = |k: usize| match word(k) {
        Some("annually" | "yearly" | "monthly" | "weekly" | "daily" | "hourly") => true,
        Some("a" | "an" | "per" | "each" | "every") => {
            period(word(k + 1))
                && !matches!(word(k + 2), Some("ago" | "earlier" | "later" | "before"))
        }
        _ => false,
    };
    rate_at(q.end) || q.noun_at.is_some_and(|k| k >= q.end && rate_at(k + 1))
}

/// Whether a figure is a total built up over time: a perfect or "already" in the four words
/// before it, past its bound ("had already invested 30 million"), "so far", "in all", "in
/// total", "to date" after it and what it counts, or a span it is told over before it ("over
/// the full two years, spending goes up 6 percent").
fn accrued(p: &Profile, q: &Quantity) -> bool {
    let word = |k: usize| p.words.get(k).map_or("", |w| w.lower.as_ref());
    let k = before_bound(p, q);
    let perfect =
        (k.saturating_sub(4)..k).any(|j| matches!(word(j), "has" | "have" | "had" | "already"));
    let after = q.noun_at.map_or(q.end, |n| (n + 1).max(q.end));
    let so_far = matches!(
        (word(after), word(after + 1)),
        ("so", "far") | ("in", "all") | ("in", "total") | ("to", "date")
    );
    let over_window = p.quantities.iter().any(|x| {
        x.at < q.at
            && hours_in(&x.unit).is_some()
            && (x.at.saturating_sub(3)..x.at).any(|j| word(j) == "over")
    });
    perfect || so_far || over_window
}

/// Whether a claim gives how long something went on ("lasted less than six hours", "for at
/// least three weeks").
pub(super) fn gives_duration(p: &Profile) -> bool {
    p.quantities
        .iter()
        .any(|q| hours_in(&q.unit).is_some() && lasted(p, q))
}

/// Hours in a unit of time (units are stems: "minutes" is "minut"); `None` for any other unit.
fn hours_in(unit: &str) -> Option<f64> {
    Some(match unit {
        "second" => 1.0 / 3600.0,
        "minut" => 1.0 / 60.0,
        "hour" => 1.0,
        "day" => 24.0,
        "week" => 168.0,
        "month" => 730.0,
        "year" => 8766.0,
        _ => return None,
    })
}

/// A figure's value, spans of time in hours ("three weeks" and "six hours" compare).
fn magnitude(q: &Quantity) -> f64 {
    q.value * hours_in(&q.unit).unwrap_or(1.0)
}

/// Whether a figure counts what is left: "remain" or "still" right after it and its noun
/// ("8,000 claims remain open", "300 are still missing"), or "remaining" or "outstanding"
/// right before it or its noun ("the remaining 300", "300 outstanding claims").
fn remaining(p: &Profile, q: &Quantity) -> bool {
    let after = q.noun_at.map_or(q.end, |k| k + 1);
    let left = |w: &str| matches!(w, "remaining" | "outstanding");
    p.words[after..(after + 2).min(p.words.len())]
        .iter()
        .any(|w| {
            matches!(
                w.lower.as_ref(),
                "remain" | "remains" | "remained" | "still"
            )
        })
        || q.from
            .checked_sub(1)
            .is_some_and(|k| left(&p.words[k].lower))
        || q.noun_at
            .and_then(|k| k.checked_sub(1))
            .is_some_and(|k| k >= q.at && left(&p.words[k].lower))
}

/// Whether a figure is all that someone has, by the verb right before it (past its bound):
/// "operates 64 stores", "has 300 staff", "employs 1,200 people", "clinics serving 4 million
/// patients".
fn holds_all(p: &Profile, q: &Quantity) -> bool {
    let k = before_bound(p, q);
    k > 0
        && matches!(
            p.words[k - 1].lower.as_ref(),
            "has"
                | "have"
                | "had"
                | "operates"
                | "operate"
                | "operated"
                | "runs"
                | "run"
                | "owns"
                | "own"
                | "owned"
                | "employs"
                | "employ"
                | "employed"
                | "employing"
                | "operating"
                | "serves"
                | "serve"
                | "served"
                | "serving"
        )
}

/// Whether a figure is the level a count stands at: "to" or "at" after a copula, "down",
/// "now", "stands" or a verb of change ("is now at 212", "is down to 212", "has fallen to
/// 212").
fn stands_at(p: &Profile, q: &Quantity) -> bool {
    let lex = lexicon::matcher();
    let k = before_bound(p, q);
    // (Not the "at" of "at least 20".)
    k > 0
        && k < q.at
        && matches!(p.words[k].lower.as_ref(), "to" | "at")
        && p.words[k + 1..q.at].iter().all(|w| {
            lexicon::APPROXIMATORS.contains(w.lower.as_ref())
                && !matches!(w.lower.as_ref(), "least" | "most")
        })
        && match p.words[k - 1].lower.as_ref() {
            "down" | "now" | "stands" | "stood" | "standing" | "remains" | "remained" => true,
            w => lexicon::COPULAS.contains(w) || stem_index().opposable(&stem(w, lex)).is_some(),
        }
}

/// The stem of the verb right before a figure, over "about", "at least" and the like: "would
/// cost about 1.4 million", "fired at least eight times".
fn verb_before(p: &Profile, q: &Quantity) -> Option<String> {
    let mut k = q.at;
    while k > 0
        && (lexicon::APPROXIMATORS.contains(p.words[k - 1].lower.as_ref())
            || p.words[k - 1].lower == "at")
    {
        k -= 1;
    }
    let lex = lexicon::matcher();
    (k > 0 && is_topic_word(&p.words[k - 1], lex)).then(|| stem(&p.words[k - 1].lower, lex))
}

/// What a sum with no noun after it is the amount of, as a key: the verb of "cut the parks
/// budget by $1.6 million", the subject of "the reduction was nearer to $2.9 million" (so
/// that "cut" and "reduction", one group of synonyms, meet).
fn amount_of(p: &Profile, q: &Quantity) -> Option<String> {
    let lex = lexicon::matcher();
    let ws = &p.words;
    let mut k = q.at;
    while k > 0
        && (lexicon::APPROXIMATORS.contains(ws[k - 1].lower.as_ref())
            || matches!(ws[k - 1].lower.as_ref(), "to" | "at" | "closer" | "nearer"))
    {
        k -= 1;
    }
    if k < 2 {
        return None;
    }
    let key = |w: &Word| key_of(&w.lower, lex, stem_index());
    let before = ws[k - 1].lower.as_ref();
    if before == "by" {
        return ws[k.saturating_sub(5)..k - 1]
            .iter()
            .find(|w| is_topic_word(w, lex))
            .map(key);
    }
    (lexicon::COPULAS.contains(before) && is_topic_word(&ws[k - 2], lex)).then(|| key(&ws[k - 2]))
}

/// Whether a figure counts people: a loose count ("31 people", "31"), a noun WordNet knows as
/// a person ("31 demonstrators") or one of a crowd ("31 marchers").
fn persons(p: &Profile, q: &Quantity) -> bool {
    q.noun_at.is_none_or(|k| {
        let w = p.words[k].lower.as_ref();
        lexicon::GENERIC_NOUNS.contains(w)
            || lexicon::PERSON_NOUNS.contains(w)
            || lexicon::PERSON_VERB_NOUNS.contains(w)
            || lexicon::CROWD_WORDS.contains(w)
    })
}

/// Whether two counts of people say different things of them ("180 marchers had been
/// detained", "90 marchers were injured"). What one count underwent and what another was
/// the object of are two deeds too ("38 had been pulled from the water", "was sheltering
/// more than 70").
pub(super) fn different_deeds(a: &Quantity, b: &Quantity, pa: &Profile, pb: &Profile) -> bool {
    let event = |p: &Profile, q: &Quantity| deed(p, q).or_else(|| done_to(p, q));
    persons(pa, a)
        && persons(pb, b)
        && (matches!((deed(pa, a), deed(pb, b)), (Some(x), Some(y)) if x != y)
            || (a.unit.is_empty()
                && b.unit.is_empty()
                && matches!((event(pa, a), event(pb, b)), (Some(x), Some(y)) if x != y)))
}

/// The key of the verb a count of people is the object of, right before it past its bounds:
/// "was sheltering more than 70", "police detained 40 protesters".
fn done_to(p: &Profile, q: &Quantity) -> Option<Key> {
    // (Back over its bounds, but not "to": "belonging to 1.2 million patients" is no deed.)
    let mut k = q.from;
    while k > 0 && {
        let w = p.words[k - 1].lower.as_ref();
        w != "to" && (lexicon::APPROXIMATORS.contains(w) || lexicon::BOUND_WORDS.contains(w))
    } {
        k -= 1;
    }
    let k = k.checked_sub(1)?;
    let w = p.words[k].lower.as_ref();
    let verb = (w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed")))
        || lexicon::matcher().irregular.get(w).is_some();
    if !verb {
        return None;
    }
    p.keys.iter().find(|(_, at)| **at == k).map(|(key, _)| *key)
}

/// The key of the deed a count of people undergoes, said right after it past its
/// auxiliaries: "40 people were arrested", "200 marchers had been detained"; `None` when the
/// word after is no participle ("200 marchers in the square").
fn deed(p: &Profile, q: &Quantity) -> Option<Key> {
    let mut k = q.noun_at.unwrap_or(q.at) + 1;
    while p.words.get(k).is_some_and(|w| {
        let w = w.lower.as_ref();
        lexicon::HAVE_BE.contains(w) || matches!(w, "been" | "being" | "be")
    }) {
        k += 1;
    }
    let w = p.words.get(k)?.lower.as_ref();
    // (An irregular participle too after a form of "be", and the synonym phrase it may open:
    // "were taken into custody" is "were detained"; "had taken part" is done, not undergone.)
    let passive = matches!(
        p.words[k - 1].lower.as_ref(),
        "were" | "was" | "been" | "is" | "are" | "be" | "being"
    );
    let participle =
        w.ends_with("ed") || (passive && lexicon::matcher().irregular.get(w).is_some());
    if k == q.noun_at.unwrap_or(q.at) + 1 || !participle {
        return None;
    }
    p.keys.iter().find(|(_, at)| **at == k).map(|(key, _)| *key)
}

/// The key of what is said of a loosely counted noun right after it: "31 people had died" is
/// a count of deaths.
fn said_of(p: &Profile, q: &Quantity) -> Option<String> {
    let from = q.noun_at.unwrap_or(q.at) + 1;
    let lex = lexicon::matcher();
    p.words[from..(from + 3).min(p.words.len())]
        .iter()
        .find(|w| is_topic_word(w, lex))
        .map(|w| key_of(&w.lower, lex, stem_index()))
}

/// Whether a forecast word stands just before the figure ("expected revenue of $3.98
/// billion") or in a "that" clause right after it ("the $1.90 a share that analysts
/// expected").
fn expected(p: &Profile, q: &Quantity) -> bool {
    let forecast = |w: &Word| lexicon::FORECAST_WORDS.contains(w.lower.as_ref());
    let after = q.end;
    let that = p
        .words
        .iter()
        .enumerate()
        .skip(after)
        .take(4)
        .find(|(_, w)| w.lower == "that");
    // ("expected hiring to settle at around 100,000 a month": the forecast word opens the
    // figure's clause, a few words before it.)
    clause_back(p.text, &p.words, q.at, 8).any(|k| forecast(&p.words[k]))
        || that.is_some_and(|(k, _)| p.words.iter().skip(k + 1).take(3).any(forecast))
}

/// The stem of the noun a figure is "of", or that stands "at" it: "a surplus of 400 million"
/// is a surplus, "the margin stood at 412 votes" a margin.
fn named_before(p: &Profile, q: &Quantity) -> Option<String> {
    let mut k = q.at;
    while k > 0 && lexicon::APPROXIMATORS.contains(p.words[k - 1].lower.as_ref()) {
        k -= 1;
    }
    // (A bare "at" only after a determiner and its noun, "put the threshold at roughly
    // 155": "found lead at 11 parts per billion" measures lead, it names no figure.)
    let at = k >= 1 && p.words[k - 1].lower == "at";
    if at {
        k -= 1;
        let stood = k >= 1 && matches!(p.words[k - 1].lower.as_ref(), "stood" | "stands" | "stand");
        if stood {
            k -= 1;
        } else if k < 2 || !matches!(p.words[k - 2].lower.as_ref(), "the" | "its" | "their") {
            return None;
        }
    } else if k >= 1 && p.words[k - 1].lower == "of" {
        k -= 1;
    } else {
        return None;
    }
    let noun = p.words.get(k.checked_sub(1)?)?;
    (is_topic_word(noun, lexicon::matcher()) && (!at || vectors::may_be_noun(&noun.lower)))
        .then(|| stem(&noun.lower, lexicon::matcher()))
}

/// How far above a floor ("at least 12") another count must be to be another count, not
/// the floor's own later tally.
const ABOVE_A_FLOOR: f64 = 1.25;

/// Whether two tolls differ: as [`differs`], and a floor one side vouches for ("at least 12
/// people died") against a count well above it ("hospitals counted 19 dead") is another
/// toll. (A floor of other things is often part of a whole, "at least 17 of the 112
/// villages", or a threshold, "firms with 500 or more employees".)
pub(super) fn tolls_differ(a: &Quantity, b: &Quantity, pa: &Profile, pb: &Profile) -> bool {
    // (Counts of the dead, the injured or a crowd, in whatever words: "19 dead", "12 people
    // died", "the crowd at 15,000".)
    let toll = |p: &Profile, q: &Quantity| {
        CLASSES
            .iter()
            .any(|(_, words)| counts_of(p, words).any(|(x, _)| std::ptr::eq(x, q)))
    };
    let (x, y) = (magnitude(a).abs(), magnitude(b).abs());
    let above_floor = match (a.bound, b.bound) {
        (Bound::AtLeast, Bound::AtLeast) => false,
        (Bound::AtLeast, _) => y > x * ABOVE_A_FLOOR,
        (_, Bound::AtLeast) => x > y * ABOVE_A_FLOOR,
        _ => false,
    };
    differs(a, b) || (above_floor && toll(pa, a) && toll(pb, b))
}

/// Figures differ beyond rounding: more than 2 % apart (6 % when either is approximate).
pub(super) fn differs(a: &Quantity, b: &Quantity) -> bool {
    let (x, y) = (magnitude(a).abs(), magnitude(b).abs());
    let big = x.max(y);
    if big == 0.0 {
        return false;
    }
    // Bounds contradict a figure only from the wrong side: "more than 650" and "well over
    // 600" agree; "no more than ten" and "43" do not.
    match (a.bound, b.bound) {
        (Bound::AtLeast, Bound::AtLeast) | (Bound::AtMost, Bound::AtMost) => return false,
        (Bound::AtLeast, _) => return y < x * 0.98,
        (_, Bound::AtLeast) => return x < y * 0.98,
        (Bound::AtMost, _) => return y > x * 1.02,
        (_, Bound::AtMost) => return x > y * 1.02,
        _ => {}
    }
    // "67" and "66": small whole counts are exact unless hedged ("about 90 percent, not 97":
    // even approximate figures are precise to a few percent).
    let whole = |v: f64| v < 100.0 && v.fract() == 0.0;
    if whole(x) && whole(y) && !a.approximate && !b.approximate && a.unit != "percent" {
        return x != y;
    }
    // ("eight weeks" and "two months" are one span: a month is not a whole number of weeks.)
    let tolerance = if a.unit != b.unit && hours_in(&a.unit).is_some() {
        0.1
    } else if a.approximate || b.approximate {
        0.06
    } else {
        0.02
    };
    (x - y).abs() / big > tolerance
}
