"""How an evaluation set of our own is written down (eval/*/articles.py): Q for a quote, A for an
article; eval/build.py computes every offset from them.

Quote spec: Q(quote_text, speaker, mention, cue)
  quote_text : exact substring (straight-quote form); direct quotes include their quote marks
  mention    : None, "text" (nearest whole-word occurrence outside the quote span), or
               ("text", "context") (text inside the nearest occurrence of context)
"""

ARTICLES = []


def Q(text, speaker, mention, cue):
    return {"text": text, "speaker": speaker, "mention": mention, "cue": cue}


def A(id, genre, date, curly, text, quotes, people, orgs, aliases=None, optional_people=None,
      optional_orgs=None):
    ARTICLES.append(dict(id=id, genre=genre, date=date, curly=curly, text=text.strip("\n"),
                         quotes=quotes, people=people, orgs=orgs, aliases=aliases or {},
                         optional_people=optional_people or [], optional_orgs=optional_orgs or []))
