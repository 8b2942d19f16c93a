#!/usr/bin/env python3
"""gen_news.py -- generate a large, deterministic, news-like corpus.

The Brown corpus is real English but holds few political events; the coder
spends most of its time on sentences that do. This generator writes wire-style
articles built from templates over real country names, capitals, leaders,
role nouns and verbs from every CAMEO root (01 .. 20), mixed with filler
sentences that carry no event. The same seed always gives the same bytes, so
two benchmark runs read the same corpus.

Output: JSONL, one article per line {"id","date","source","url","title","text"},
10-20 sentences each, and a sidecar <out>.meta.json with the counts.

Usage: gen_news.py [--sentences N] [--seed S] [--out FILE]
"""

import argparse
import datetime
import json
import os
import random
import sys

# name, demonym, capital, leader title, leader, foreign minister (or "")
COUNTRIES = [
    ("Serbia", "Serbian", "Belgrade", "President", "Aleksandar Vucic", "Ivica Dacic"),
    ("Kosovo", "Kosovar", "Pristina", "Prime Minister", "Albin Kurti", "Donika Gervalla"),
    ("Russia", "Russian", "Moscow", "President", "Vladimir Putin", "Sergei Lavrov"),
    ("Ukraine", "Ukrainian", "Kyiv", "President", "Volodymyr Zelensky", "Dmytro Kuleba"),
    ("the United States", "American", "Washington", "President", "Joe Biden", "Antony Blinken"),
    ("China", "Chinese", "Beijing", "President", "Xi Jinping", "Wang Yi"),
    ("France", "French", "Paris", "President", "Emmanuel Macron", "Catherine Colonna"),
    ("Germany", "German", "Berlin", "Chancellor", "Olaf Scholz", "Annalena Baerbock"),
    ("Britain", "British", "London", "Prime Minister", "Rishi Sunak", "James Cleverly"),
    ("Turkey", "Turkish", "Ankara", "President", "Recep Tayyip Erdogan", "Hakan Fidan"),
    ("Iran", "Iranian", "Tehran", "President", "Ebrahim Raisi", "Hossein Amir-Abdollahian"),
    ("Israel", "Israeli", "Jerusalem", "Prime Minister", "Benjamin Netanyahu", "Eli Cohen"),
    ("India", "Indian", "New Delhi", "Prime Minister", "Narendra Modi", "Subrahmanyam Jaishankar"),
    ("Pakistan", "Pakistani", "Islamabad", "Prime Minister", "Shehbaz Sharif", ""),
    ("Japan", "Japanese", "Tokyo", "Prime Minister", "Fumio Kishida", "Yoko Kamikawa"),
    ("South Korea", "South Korean", "Seoul", "President", "Yoon Suk Yeol", "Park Jin"),
    ("North Korea", "North Korean", "Pyongyang", "leader", "Kim Jong Un", "Choe Son Hui"),
    ("Egypt", "Egyptian", "Cairo", "President", "Abdel Fattah al-Sisi", "Sameh Shoukry"),
    ("Saudi Arabia", "Saudi", "Riyadh", "Crown Prince", "Mohammed bin Salman", ""),
    ("Syria", "Syrian", "Damascus", "President", "Bashar al-Assad", "Faisal Mekdad"),
    ("Iraq", "Iraqi", "Baghdad", "Prime Minister", "Mohammed Shia al-Sudani", ""),
    ("Nigeria", "Nigerian", "Abuja", "President", "Bola Tinubu", ""),
    ("Ethiopia", "Ethiopian", "Addis Ababa", "Prime Minister", "Abiy Ahmed", ""),
    ("Sudan", "Sudanese", "Khartoum", "General", "Abdel Fattah al-Burhan", ""),
    ("Brazil", "Brazilian", "Brasilia", "President", "Luiz Inacio Lula da Silva", "Mauro Vieira"),
    ("Mexico", "Mexican", "Mexico City", "President", "Andres Manuel Lopez Obrador", ""),
    ("Venezuela", "Venezuelan", "Caracas", "President", "Nicolas Maduro", ""),
    ("Colombia", "Colombian", "Bogota", "President", "Gustavo Petro", ""),
    ("Armenia", "Armenian", "Yerevan", "Prime Minister", "Nikol Pashinyan", "Ararat Mirzoyan"),
    ("Azerbaijan", "Azerbaijani", "Baku", "President", "Ilham Aliyev", "Jeyhun Bayramov"),
    ("Croatia", "Croatian", "Zagreb", "Prime Minister", "Andrej Plenkovic", ""),
    ("Albania", "Albanian", "Tirana", "Prime Minister", "Edi Rama", ""),
    ("Hungary", "Hungarian", "Budapest", "Prime Minister", "Viktor Orban", "Peter Szijjarto"),
    ("Poland", "Polish", "Warsaw", "President", "Andrzej Duda", ""),
    ("Belarus", "Belarusian", "Minsk", "President", "Alexander Lukashenko", ""),
    ("Mali", "Malian", "Bamako", "Colonel", "Assimi Goita", ""),
    ("Myanmar", "Burmese", "Naypyidaw", "General", "Min Aung Hlaing", ""),
    ("the Philippines", "Filipino", "Manila", "President", "Ferdinand Marcos", ""),
    ("Taiwan", "Taiwanese", "Taipei", "President", "Tsai Ing-wen", ""),
    ("Lebanon", "Lebanese", "Beirut", "Prime Minister", "Najib Mikati", ""),
    ("Somalia", "Somali", "Mogadishu", "President", "Hassan Sheikh Mohamud", ""),
    ("Afghanistan", "Afghan", "Kabul", "leader", "Hibatullah Akhundzada", ""),
]

IGOS = ["the United Nations", "NATO", "the European Union", "the African Union",
        "the World Bank", "the International Monetary Fund", "the Red Cross",
        "the UN Security Council", "the OSCE"]

# Plural role nouns an actor phrase can be built from.
ROLES = ["forces", "troops", "police", "soldiers", "rebels", "protesters",
         "militants", "gunmen", "officials", "lawmakers", "border guards",
         "security forces", "opposition leaders", "judges", "journalists",
         "diplomats", "insurgents", "students"]

DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday",
        "on Saturday", "on Sunday", "late on Monday", "early on Friday",
        "overnight", "this week", "last week", "earlier this month"]

ACCUSATIONS = ["violating the ceasefire", "backing armed groups", "human rights abuses",
               "interfering in its elections", "provoking tensions at the border",
               "spreading disinformation", "breaking international law",
               "blocking the peace process", "harassing minority communities"]

REASONS = ["as talks stalled", "after a week of clashes", "amid rising tensions",
           "despite international pressure", "ahead of a summit", "after an attack on a patrol",
           "in a televised address", "according to state media", "officials said"]

# One list per CAMEO root: templates with {S} (source) and {T} (target);
# {N} is a small number, {D} a day phrase, {C} the target's capital.
EVENT_TEMPLATES = {
    "01": ["{S} said {D} that relations with {T} remained difficult.",
           "{S} declined to comment {D} on reports about {T}.",
           "{S} stated that the dispute with {T} could be solved by talks."],
    "02": ["{S} called on {T} to release the detained journalists.",
           "{S} urged {T} to withdraw its forces from the border.",
           "{S} appealed to {T} for calm {D}.",
           "{S} asked {T} to resume negotiations."],
    "03": ["{S} pledged to help {T} rebuild damaged schools.",
           "{S} offered to mediate between {T} and its neighbours.",
           "{S} promised economic aid to {T} {D}.",
           "{S} said it was ready to cooperate with {T}."],
    "04": ["{S} met {T} in {C} {D}.",
           "{S} held talks with {T} {D}.",
           "{S} visited {C} {D} for talks with {T}.",
           "{S} hosted {T} for a two-day visit.",
           "{S} spoke by telephone with {T} {D}."],
    "05": ["{S} praised {T} for its role in the negotiations.",
           "{S} signed a trade agreement with {T} {D}.",
           "{S} apologized to {T} for the incident.",
           "{S} recognized {T} as a partner in the region."],
    "06": ["{S} agreed to share intelligence with {T}.",
           "{S} exchanged prisoners with {T} {D}.",
           "{S} agreed to supply gas to {T} for another year."],
    "07": ["{S} sent humanitarian aid to {T} {D}.",
           "{S} provided military aid to {T}.",
           "{S} gave {N} million dollars in aid to {T}.",
           "{S} delivered food and medicine to {T}."],
    "08": ["{S} released {N} prisoners held on behalf of {T}.",
           "{S} withdrew its troops from the border with {TC} {D}.",
           "{S} lifted sanctions on {T}.",
           "{S} agreed to a ceasefire with {T} {D}."],
    "09": ["{S} launched an investigation into {T}.",
           "{S} investigated claims made by {T} {D}."],
    "10": ["{S} demanded that {T} withdraw its police from the north.",
           "{S} demanded the release of soldiers held by {T}.",
           "{S} demanded compensation from {T} {D}."],
    "11": ["{S} accused {T} of {A}.",
           "{S} criticized {T} {D} for {A}.",
           "{S} condemned {T} over the attack.",
           "{S} denounced {T} {R}."],
    "12": ["{S} rejected a proposal from {T} {D}.",
           "{S} refused to meet {T}.",
           "{S} rejected calls by {T} for new elections."],
    "13": ["{S} threatened {T} with sanctions {R}.",
           "{S} warned {T} of military action {D}.",
           "{S} threatened to cut off trade with {T}."],
    "14": ["Protesters demonstrated against {T} in {C} {D}.",
           "{S} boycotted the talks with {T}.",
           "{S} staged a rally against {T} {R}."],
    "15": ["{S} put its forces on high alert along the border with {TC}.",
           "{S} mobilized troops near the border with {TC} {D}.",
           "{S} deployed warships near {TC} {R}."],
    "16": ["{S} expelled the ambassador of {T} {D}.",
           "{S} cut diplomatic ties with {T}.",
           "{S} imposed sanctions on {T} {R}.",
           "{S} suspended aid to {T}."],
    "17": ["{S} arrested {N} members of {T} {D}.",
           "{S} detained {N} people linked to {T}.",
           "{S} seized a ship belonging to {T}.",
           "{S} deported {N} citizens of {T}."],
    "18": ["{S} killed {N} officers of {T} in an ambush {D}.",
           "{S} attacked {T} {D}, killing {N} people.",
           "{S} kidnapped {N} aid workers from {T}.",
           "{S} assassinated a commander of {T}."],
    "19": ["{S} shelled positions held by {T} {D}.",
           "{S} clashed with {T} near the border {D}.",
           "{S} fired artillery at {T} {R}.",
           "{S} bombed targets of {T} overnight.",
           "{S} occupied villages held by {T}."],
    "20": ["{S} carried out a massacre of civilians supported by {T}.",
           "{S} used chemical weapons against {T} {D}.",
           "{S} was accused of ethnic cleansing against {T}."],
}

FILLER = [
    "Temperatures are expected to fall sharply later in the week.",
    "The stock market closed slightly higher after a volatile session.",
    "The national football team won its qualifying match 2-1.",
    "Inflation eased to {N} percent in the third quarter, the statistics office said.",
    "The museum reopened after a two-year renovation.",
    "Heavy rain caused flooding in several northern towns.",
    "The central bank kept interest rates unchanged.",
    "Tourism numbers rose by {N} percent compared with last year.",
    "The film festival opens next Thursday with a new documentary.",
    "Analysts expect growth to slow in the coming months.",
    "The ceremony was attended by about {N} people.",
    "Schools will remain closed until further notice because of the storm.",
    "It was not immediately clear how many people were involved.",
    "The report was published by an independent research group.",
    "\u201cWe are watching the situation closely,\u201d one resident said.",
    "The U.S. dollar fell against the euro in early trading.",
    "Mr. Smith, a local shopkeeper, said business had been slow.",
    "Prices of bread and fuel have risen by {N}% since January.",
]

OUTLETS = ["Tocsin Wire", "Balkan Daily", "Global Desk", "Morning Courier",
           "Regional Observer", "Frontline News", "Capital Times"]


def actor(rng, c, as_target=False):
    """A varied phrase naming an actor of country c."""
    name, dem, cap, title, leader, fm = c
    forms = [
        lambda: f"{dem} {title} {leader}",
        lambda: name[0].upper() + name[1:] if not as_target else name,
        lambda: f"the {dem} government",
        lambda: f"{dem} {rng.choice(ROLES)}",
        lambda: f"the foreign minister of {name}",
        lambda: f"{name}'s foreign minister {fm}" if fm else f"{dem} {title} {leader}",
        lambda: cap,
        lambda: leader,
        lambda: f"officials in {cap}",
    ]
    phrase = rng.choice(forms)()
    if not as_target:
        phrase = phrase[0].upper() + phrase[1:]
    return phrase


MILITARY_ROOTS = {"15", "17", "18", "19", "20"}
ARMED = ["forces", "troops", "soldiers", "police", "gunmen", "security forces",
         "rebels", "militants"]


def armed_actor(rng, c):
    """Who shells and arrests: armed roles rather than ministers."""
    if rng.random() < 0.2:
        return f"The {c[1]} army"
    return f"{c[1]} {rng.choice(ARMED)}"


def event_sentence(rng):
    """One event sentence: a random root, template, source and target."""
    root = rng.choice(sorted(EVENT_TEMPLATES))
    tpl = rng.choice(EVENT_TEMPLATES[root])
    src_c, tgt_c = rng.sample(COUNTRIES, 2)
    if rng.random() < 0.08:
        src = rng.choice(IGOS)
        src = src[0].upper() + src[1:]
    elif root in MILITARY_ROOTS and rng.random() < 0.7:
        src = armed_actor(rng, src_c)
    else:
        src = actor(rng, src_c)
    tgt = rng.choice(IGOS) if rng.random() < 0.05 else actor(rng, tgt_c, as_target=True)
    return tpl.format(S=src, T=tgt, C=tgt_c[2], TC=tgt_c[0], D=rng.choice(DAYS),
                      R=rng.choice(REASONS), A=rng.choice(ACCUSATIONS),
                      N=rng.randint(2, 250))


def filler_sentence(rng):
    return rng.choice(FILLER).format(N=rng.randint(2, 90))


def article(rng, n_sentences, index, start):
    """One article as a dict; the first sentence is always an event."""
    sents = [event_sentence(rng)]
    for _ in range(n_sentences - 1):
        sents.append(event_sentence(rng) if rng.random() < 0.6 else filler_sentence(rng))
    paras, i = [], 0
    while i < len(sents):
        k = rng.randint(1, 3)
        paras.append(" ".join(sents[i:i + k]))
        i += k
    date = start + datetime.timedelta(days=rng.randrange(3650))
    aid = f"gen-{index:07d}"
    title = sents[0].rstrip(".")
    if len(title) > 80:
        title = title[:77].rsplit(" ", 1)[0] + "..."
    return {"id": aid, "date": date.isoformat(), "source": rng.choice(OUTLETS),
            "url": f"https://news.example.org/{date.year}/{aid}", "title": title,
            "text": "\n\n".join(paras)}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=200000)
    ap.add_argument("--seed", type=int, default=20240101)
    ap.add_argument("--out", default=os.path.join(here, "out", "news.jsonl"))
    args = ap.parse_args()

    rng = random.Random(args.seed)
    start = datetime.date(2015, 1, 1)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    written = articles = 0
    with open(args.out, "w", encoding="utf-8") as f:
        while written < args.sentences:
            n = min(rng.randint(10, 20), max(args.sentences - written, 1))
            rec = article(rng, n, articles + 1, start)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            written += n
            articles += 1
    meta = {"articles": articles, "sentences": written, "seed": args.seed,
            "bytes": os.path.getsize(args.out)}
    with open(args.out + ".meta.json", "w", encoding="utf-8") as f:
        json.dump(meta, f)
        f.write("\n")
    print(f"gen_news.py: {articles} articles, {written} sentences -> {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
