# Source of the own_tune evaluation set (a tune set of recent-style English news, 2020-2026):
# article texts (written with straight quotes; articles marked curly=True are converted to
# typographic quotes by a 1:1 character mapping, so offsets survive) plus quote / people /
# organization annotations.  eval/build.py turns this into own_tune.jsonl:
#
#     python3 eval/build.py eval/own_tune
#
# Written independently of eval/own (no shared stories, names or organizations).  Stories are
# fictional; where real public figures or organizations appear, their quotes are invented.
#
# Q (a quote) and A (an article) are described in eval/annotation.py.
# Quotes are listed in text order.

from annotation import ARTICLES, A, Q  # noqa: F401  (eval/annotation.py)

# ------------------------------------------------------------------------------------------ 01
A("tune-01", "international diplomacy / seabed talks (dateline, acronyms)", "2025-07-25", False, '''
Deep-sea mining talks end without rules as pressure builds on regulator

KINGSTON, Jamaica (AP) — Two weeks of negotiations at the International Seabed Authority ended Friday without agreement on the rules that would govern mining of the ocean floor, leaving governments split over whether companies should be allowed to start digging before those rules are finished.

The ISA, the body created by the United Nations to oversee mineral exploration in international waters, had hoped to approve a draft mining code by the end of the session. Instead, the authority's 36-member council agreed only to meet again in March.

"We have moved the text further in two weeks than in the previous two years, but we are not there yet," said Olufemi Adebanjo, the Nigerian diplomat who chaired the council. "Nobody should read this as failure."

The delay leaves open the question of what happens if a company applies for a commercial licence before the code is adopted. Abyssal Metals Corp., a Vancouver-based company that has spent more than US$400 million exploring the Clarion-Clipperton Zone in the Pacific, said in a statement that it intends to file an application "within months" regardless of the council's timetable.

Company chief executive Reid Hallorann told reporters by phone that the industry had waited long enough. "Every year we delay, the world burns more coal to make batteries the old way," he said.

That argument found little support among the more than 30 countries that now back a moratorium on deep-sea mining, a group that includes France, Germany, Canada and Chile.

France's delegate, Ambassador Claire Moutier-Rossi, said a pause was the only responsible option while scientists still knew so little about life on the seabed. She called commercial mining without rules "a leap in the dark that the ocean cannot afford."

Pacific nations were themselves divided. Speaking on behalf of the Pacific Islands Forum (PIF), Fiji's representative, Semisi Naivalu, said the region should not be treated as a single bloc.

"Some of our members see a source of revenue they badly need, others see a threat to the fisheries that feed them," Naivalu said. "The PIF will not pretend that disagreement away."

Environmental groups, which attend ISA meetings as observers, welcomed the outcome. Greenpeace International said in a statement that the council had "once again refused to be rushed by one company's business plan."

The United States, which has never ratified the UN Convention on the Law of the Sea and is not a member of the authority, loomed over the talks. In April, President Donald Trump signed an executive order directing U.S. agencies to speed up permits for seabed mining under a 1980 American law, a move many delegates saw as an attempt to bypass the ISA.

A senior European official, who asked not to be named because the discussions were private, said several delegations had privately asked whether the ISA could survive if major powers simply ignored it. "That is the conversation in the corridors now, not the annexes," the official said.

Adebanjo rejected that view. He said the authority remained the only body with a legal mandate over the seabed beyond national borders and that its members had "every reason to finish the job."

Marine biologist Dr. Hanna Ekdahl of the University of Gothenburg, who has studied the Clarion-Clipperton Zone since 2013, said the scientific picture was still incomplete. According to Ekdahl, more than 5,000 species have been found in the zone, most of them new to science.

"We are being asked to set rules for a place we have barely mapped," she said.

The council is due to reconvene in Kingston on March 9.
''', [
    Q('''"We have moved the text further in two weeks than in the previous two years, but we are not there yet,"''',
      "Olufemi Adebanjo", "Olufemi Adebanjo", "said"),
    Q('''"Nobody should read this as failure."''', "Olufemi Adebanjo", "Olufemi Adebanjo", "said"),
    Q('''it intends to file an application "within months" regardless of the council's timetable''',
      "Abyssal Metals Corp.", "Abyssal Metals Corp.", "said"),
    Q('''the industry had waited long enough''', "Reid Hallorann",
      "Company chief executive Reid Hallorann", "told"),
    Q('''"Every year we delay, the world burns more coal to make batteries the old way,"''', "Reid Hallorann",
      ("he", "he said."), "said"),
    Q('''a pause was the only responsible option while scientists still knew so little about life on the seabed''',
      "Claire Moutier-Rossi", "Ambassador Claire Moutier-Rossi", "said"),
    Q('''"a leap in the dark that the ocean cannot afford."''', "Claire Moutier-Rossi", ("She", "She called"), "called"),
    Q('''the region should not be treated as a single bloc''', "Semisi Naivalu", "Semisi Naivalu", "said"),
    Q('''"Some of our members see a source of revenue they badly need, others see a threat to the fisheries that feed them,"''',
      "Semisi Naivalu", ("Naivalu", "Naivalu said."), "said"),
    Q('''"The PIF will not pretend that disagreement away."''', "Semisi Naivalu", ("Naivalu", "Naivalu said."), "said"),
    Q('''the council had "once again refused to be rushed by one company's business plan."''',
      "Greenpeace International", "Greenpeace International", "said"),
    Q('''several delegations had privately asked whether the ISA could survive if major powers simply ignored it''',
      "a senior European official", "A senior European official", "said"),
    Q('''"That is the conversation in the corridors now, not the annexes,"''', "a senior European official",
      "the official", "said"),
    Q('''the authority remained the only body with a legal mandate over the seabed beyond national borders and that its members had "every reason to finish the job."''',
      "Olufemi Adebanjo", ("He", "He said the authority"), "said"),
    Q('''the scientific picture was still incomplete''', "Hanna Ekdahl", "Marine biologist Dr. Hanna Ekdahl", "said"),
    Q('''more than 5,000 species have been found in the zone, most of them new to science''', "Hanna Ekdahl",
      ("Ekdahl", "According to Ekdahl"), "according to"),
    Q('''"We are being asked to set rules for a place we have barely mapped,"''', "Hanna Ekdahl",
      ("she", "she said."), "said"),
], ["Olufemi Adebanjo", "Reid Hallorann", "Claire Moutier-Rossi", "Semisi Naivalu", "Donald Trump",
    "Hanna Ekdahl"],
   ["International Seabed Authority", "United Nations", "Abyssal Metals Corp.", "Pacific Islands Forum",
    "Greenpeace International", "University of Gothenburg"],
   optional_orgs=["The Associated Press"])

# ------------------------------------------------------------------------------------------ 02
A("tune-02", "tech / AI product launch (camel-case names, post on X)", "2025-09-16", True, '''
PatchPilot launches AI agents that fix bugs overnight, taking aim at GitHub Copilot

By Maya Lindqvist-Hart

SAN FRANCISCO — PatchPilot, the developer-tools startup founded by two former Stripe engineers, on Tuesday released a set of AI agents designed to find, fix and test software bugs without a human typing a line of code.

The product, called PatchPilot Agents, plugs into GitHub and GitLab repositories and runs overnight, opening pull requests that engineers can review in the morning. The company said more than 1,400 businesses, including the Canadian e-commerce company Shopify, tested an early version this summer.

"Your backlog shouldn't be a graveyard," chief executive Aria Nakamura-Diaz wrote in a post on X announcing the launch. "Starting today, it's a to-do list that does itself."

The San Francisco company, whose investors include Sequoia Capital and NVentures, the venture arm of Nvidia, is betting that businesses will pay for software that acts on its own rather than suggesting code line by line, the approach popularized by GitHub Copilot.

PatchPilot's chief technology officer, Tomasz Wierzbicki, said in an interview that the agents run each proposed fix against a company's existing test suite before a human ever sees it. Fixes that break a test are thrown away, he said.

"The model is the easy part now. The hard part is knowing when not to ship," Wierzbicki said. He added that the agents are barred from touching files that handle passwords or payment data unless a customer explicitly allows it.

Pricing starts at US$39 per developer per month. PatchPilot says it uses models from OpenAI and Mistral AI alongside its own smaller model, BugSense-2, which it trained on public open-source code.

Early users were mostly positive. In a LinkedIn post on Tuesday, Priya Raghunathan, an engineering manager at the Toronto fintech Wealthsimple, wrote that her team had merged 212 of the agents' pull requests during the trial and rejected about 40.

"Not magic, but it cleared three months of flaky-test tickets in two weeks," she wrote.

The market is getting crowded. GitHub, which is owned by Microsoft, has been adding agent features to Copilot all year, and OpenAI released its own coding agent, Codex, in May.

"Every one of these companies is chasing the same budget line," said Dana Whitfield-Oko, a senior analyst at Gartner who covers developer tools. "The winners will be the ones that engineers actually trust with write access."

A GitHub spokesperson declined to comment on PatchPilot's launch. OpenAI did not respond to a request for comment.

Nakamura-Diaz, who left Stripe in 2021, said the company would use the launch to hire about 60 engineers in San Francisco and Toronto over the next year. Asked whether agents like hers would shrink the number of jobs for junior developers, she said the opposite had happened at PatchPilot's early customers.

"They're not firing people. They're finally getting to the work they hired people to do," she said.
''', [
    Q('''more than 1,400 businesses, including the Canadian e-commerce company Shopify, tested an early version this summer''',
      "PatchPilot", "The company", "said"),
    Q('''"Your backlog shouldn't be a graveyard,"''', "Aria Nakamura-Diaz", "chief executive Aria Nakamura-Diaz", "wrote"),
    Q('''"Starting today, it's a to-do list that does itself."''', "Aria Nakamura-Diaz",
      "chief executive Aria Nakamura-Diaz", "wrote"),
    Q('''the agents run each proposed fix against a company's existing test suite before a human ever sees it''',
      "Tomasz Wierzbicki", "Tomasz Wierzbicki", "said"),
    Q('''Fixes that break a test are thrown away''', "Tomasz Wierzbicki", ("he", "he said."), "said"),
    Q('''"The model is the easy part now. The hard part is knowing when not to ship,"''', "Tomasz Wierzbicki",
      ("Wierzbicki", "Wierzbicki said."), "said"),
    Q('''the agents are barred from touching files that handle passwords or payment data unless a customer explicitly allows it''',
      "Tomasz Wierzbicki", ("He", "He added"), "added"),
    Q('''it uses models from OpenAI and Mistral AI alongside its own smaller model, BugSense-2, which it trained on public open-source code''',
      "PatchPilot", ("PatchPilot", "PatchPilot says"), "says"),
    Q('''her team had merged 212 of the agents' pull requests during the trial and rejected about 40''',
      "Priya Raghunathan", "Priya Raghunathan", "wrote"),
    Q('''"Not magic, but it cleared three months of flaky-test tickets in two weeks,"''', "Priya Raghunathan",
      ("she", "she wrote."), "wrote"),
    Q('''"Every one of these companies is chasing the same budget line,"''', "Dana Whitfield-Oko",
      "Dana Whitfield-Oko", "said"),
    Q('''"The winners will be the ones that engineers actually trust with write access."''', "Dana Whitfield-Oko",
      "Dana Whitfield-Oko", "said"),
    Q('''the company would use the launch to hire about 60 engineers in San Francisco and Toronto over the next year''',
      "Aria Nakamura-Diaz", ("Nakamura-Diaz", "Nakamura-Diaz, who left"), "said"),
    Q('''the opposite had happened at PatchPilot's early customers''', "Aria Nakamura-Diaz",
      ("she", "she said the opposite"), "said"),
    Q('''"They're not firing people. They're finally getting to the work they hired people to do,"''',
      "Aria Nakamura-Diaz", ("she", "she said."), "said"),
], ["Aria Nakamura-Diaz", "Tomasz Wierzbicki", "Priya Raghunathan", "Dana Whitfield-Oko"],
   ["PatchPilot", "Stripe", "GitHub", "GitLab", "Shopify", "Sequoia Capital", "NVentures", "Nvidia", "OpenAI",
    "Mistral AI", "Wealthsimple", "Microsoft", "Gartner"],
   optional_people=["Maya Lindqvist-Hart"], optional_orgs=["X", "LinkedIn"])

# ------------------------------------------------------------------------------------------ 03
A("tune-03", "provincial politics (Ontario, dateline)", "2024-11-21", False, '''
Ontario tables bill to ban child-care waitlist fees, fines of up to $50,000 for operators

TORONTO (CP) — Ontario parents would no longer have to pay to put their children on child-care waitlists under legislation the Progressive Conservative government introduced at Queen's Park on Thursday.

The bill would ban the non-refundable waitlist fees, which can run as high as $250, that some centres charge families hoping to secure a subsidized space. Operators who break the rule could face fines of up to $50,000.

"Parents are paying for a place in line that may never come. That ends with this bill," Associate Minister of Child Care Nadia Ferreira-Lam told reporters.

Ferreira-Lam said the ministry had received more than 3,000 complaints about waitlist fees since January, and that some families had paid to join lists at five or six centres at once.

Premier Doug Ford, speaking at an unrelated announcement in Vaughan, said the fees were "a cash grab, plain and simple."

"If you're running a daycare, you make your money looking after kids, not charging moms and dads for a spot on a list," Ford said.

NDP child-care critic Gurleen Mahal-Brennan said the government was "treating a symptom" while thousands of families waited years for a space.

"You can't ban your way out of a shortage you created," Mahal-Brennan said in the legislature during question period. "Build the spaces, hire the early childhood educators, and the waitlists disappear on their own."

NDP Leader Marit Stiles made a similar point, saying the province was still short tens of thousands of spaces.

Liberal MPP Tom Okonkwo-Reyes said his party would support the bill at second reading.

The Association of Early Childhood Educators Ontario, which represents workers in the sector, said in a statement that it supported the fee ban but warned that low wages were driving staff out of the field.

Not all operators are opposed to the change. Lorna Quesnel, who runs two non-profit centres in Kingston, said she stopped charging waitlist fees in 2022 because "it felt wrong taking money from people I couldn't help."

But Devin Sato, a spokesperson for the Ontario Child Care Operators Network, which represents about 600 centres, said the fees paid for staff time spent managing lists that can top 1,000 names.

"Someone has to answer the phone and the emails. That costs money," Sato said. "We'd like to see the ministry cover that cost if it's going to ban the fee."

The bill is expected to pass before the legislature rises for the winter break. If it does, the ban would take effect on Jan. 1.
''', [
    Q('''"Parents are paying for a place in line that may never come. That ends with this bill,"''',
      "Nadia Ferreira-Lam", "Associate Minister of Child Care Nadia Ferreira-Lam", "told"),
    Q('''the ministry had received more than 3,000 complaints about waitlist fees since January, and that some families had paid to join lists at five or six centres at once''',
      "Nadia Ferreira-Lam", ("Ferreira-Lam", "Ferreira-Lam said"), "said"),
    Q('''the fees were "a cash grab, plain and simple."''', "Doug Ford", "Premier Doug Ford", "said"),
    Q('''"If you're running a daycare, you make your money looking after kids, not charging moms and dads for a spot on a list,"''',
      "Doug Ford", ("Ford", "Ford said."), "said"),
    Q('''the government was "treating a symptom" while thousands of families waited years for a space''',
      "Gurleen Mahal-Brennan", "NDP child-care critic Gurleen Mahal-Brennan", "said"),
    Q('''"You can't ban your way out of a shortage you created,"''', "Gurleen Mahal-Brennan",
      ("Mahal-Brennan", "Mahal-Brennan said in"), "said"),
    Q('''"Build the spaces, hire the early childhood educators, and the waitlists disappear on their own."''',
      "Gurleen Mahal-Brennan", ("Mahal-Brennan", "Mahal-Brennan said in"), "said"),
    Q('''the province was still short tens of thousands of spaces''', "Marit Stiles", "NDP Leader Marit Stiles",
      "saying"),
    Q('''his party would support the bill at second reading''', "Tom Okonkwo-Reyes", "Liberal MPP Tom Okonkwo-Reyes",
      "said"),
    Q('''it supported the fee ban but warned that low wages were driving staff out of the field''',
      "Association of Early Childhood Educators Ontario", "The Association of Early Childhood Educators Ontario",
      "said"),
    Q('''she stopped charging waitlist fees in 2022 because "it felt wrong taking money from people I couldn't help."''',
      "Lorna Quesnel", "Lorna Quesnel", "said"),
    Q('''the fees paid for staff time spent managing lists that can top 1,000 names''', "Devin Sato", "Devin Sato",
      "said"),
    Q('''"Someone has to answer the phone and the emails. That costs money,"''', "Devin Sato",
      ("Sato", "Sato said."), "said"),
    Q('''"We'd like to see the ministry cover that cost if it's going to ban the fee."''', "Devin Sato",
      ("Sato", "Sato said."), "said"),
], ["Nadia Ferreira-Lam", "Doug Ford", "Gurleen Mahal-Brennan", "Marit Stiles", "Tom Okonkwo-Reyes",
    "Lorna Quesnel", "Devin Sato"],
   ["Association of Early Childhood Educators Ontario", "Ontario Child Care Operators Network"],
   optional_orgs=["The Canadian Press", "Queen's Park", "Progressive Conservative Party of Ontario",
                  "Progressive Conservative", "Ontario New Democratic Party", "NDP", "Ontario Liberal Party",
                  "Liberal"])

# ------------------------------------------------------------------------------------------ 04
A("tune-04", "police press conference (hit-and-run, victim's relatives)", "2023-05-15", True, '''
Police hunt for driver after 19-year-old killed in Hamilton hit-and-run

HAMILTON — Hamilton police are searching for the driver of a pickup truck that struck and killed a 19-year-old man on Upper James Street early Sunday and did not stop.

The man was walking north on Upper James near Rymal Road East at about 2:15 a.m. when he was hit by a dark-coloured pickup truck that continued south, police said.

His family identified him as Marcus Ribeiro, a second-year student at Mohawk College who worked nights at a restaurant nearby.

At a news conference Monday, Staff Sgt. Elaine Vukovic of the Hamilton Police Service's collision reconstruction unit said investigators had recovered pieces of a headlight and a side mirror from the scene and believed the truck would have visible damage on its front passenger side.

"Somebody out there knows where that truck is. Somebody has seen it in a driveway or a garage since Sunday morning," Vukovic said. "We are asking you to do the right thing and call us."

She said the truck may also have a roof rack, based on a witness account, but cautioned that investigators had not been able to confirm the make or model.

Police have not made any arrests. Const. Jerome Asante, a police spokesperson, said officers had canvassed homes and businesses along Upper James on Sunday and collected video from two gas stations, but that the footage did not show the truck's licence plate.

Ribeiro's mother, Fernanda Ribeiro, stood beside Vukovic at the news conference holding a photo of her son in his graduation gown.

"He called me at 2 o'clock to say he was on his way. He was always calling me," she said, her voice breaking. "Whoever did this left my son on the road like he was nothing."

Fernanda said Marcus had planned to become a paramedic and had just finished his first placement with the city's ambulance service.

His older sister, Carolina Ribeiro, said the family had started an online fundraiser to pay for his funeral. "He was the baby of the family. He made everybody laugh," she said.

Mohawk College said in a statement that it was "heartbroken" by the death of a student in its paramedic program and that counselling was available for his classmates.

Vukovic also spoke directly to the driver. "If you panicked, it is not too late. Come in with a lawyer if you need to. But come in," she said.

Hamilton police said it was the city's fourth fatal hit-and-run this year. Anyone with information is asked to contact the collision reconstruction unit or Crime Stoppers.
''', [
    Q('''The man was walking north on Upper James near Rymal Road East at about 2:15 a.m. when he was hit by a dark-coloured pickup truck that continued south''',
      "Hamilton Police Service", ("police", "police said."), "said"),
    Q('''investigators had recovered pieces of a headlight and a side mirror from the scene and believed the truck would have visible damage on its front passenger side''',
      "Elaine Vukovic", "Staff Sgt. Elaine Vukovic", "said"),
    Q('''"Somebody out there knows where that truck is. Somebody has seen it in a driveway or a garage since Sunday morning,"''',
      "Elaine Vukovic", ("Vukovic", "Vukovic said."), "said"),
    Q('''"We are asking you to do the right thing and call us."''', "Elaine Vukovic", ("Vukovic", "Vukovic said."),
      "said"),
    Q('''the truck may also have a roof rack, based on a witness account, but cautioned that investigators had not been able to confirm the make or model''',
      "Elaine Vukovic", ("She", "She said the truck"), "said"),
    Q('''officers had canvassed homes and businesses along Upper James on Sunday and collected video from two gas stations, but that the footage did not show the truck's licence plate''',
      "Jerome Asante", "Const. Jerome Asante", "said"),
    Q('''"He called me at 2 o'clock to say he was on his way. He was always calling me,"''', "Fernanda Ribeiro",
      ("she", "she said, her voice"), "said"),
    Q('''"Whoever did this left my son on the road like he was nothing."''', "Fernanda Ribeiro",
      ("she", "she said, her voice"), "said"),
    Q('''Marcus had planned to become a paramedic and had just finished his first placement with the city's ambulance service''',
      "Fernanda Ribeiro", ("Fernanda", "Fernanda said"), "said"),
    Q('''the family had started an online fundraiser to pay for his funeral''', "Carolina Ribeiro",
      "Carolina Ribeiro", "said"),
    Q('''"He was the baby of the family. He made everybody laugh,"''', "Carolina Ribeiro",
      ("she", "she said.\n"), "said"),
    Q('''it was "heartbroken" by the death of a student in its paramedic program and that counselling was available for his classmates''',
      "Mohawk College", ("Mohawk College", "Mohawk College said"), "said"),
    Q('''"If you panicked, it is not too late. Come in with a lawyer if you need to. But come in,"''',
      "Elaine Vukovic", ("she", "she said.\n\nHamilton"), "said"),
    Q('''it was the city's fourth fatal hit-and-run this year''', "Hamilton Police Service", "Hamilton police",
      "said"),
], ["Marcus Ribeiro", "Elaine Vukovic", "Jerome Asante", "Fernanda Ribeiro", "Carolina Ribeiro"],
   ["Hamilton Police Service", "Mohawk College", "Crime Stoppers"],
   aliases={"Hamilton Police Service": ["Hamilton police"]})

# ------------------------------------------------------------------------------------------ 05
A("tune-05", "court sentencing (fraud, victim impact statements)", "2024-02-27", False, '''
Winnipeg investment adviser gets 7 years for defrauding seniors of $4.3M

WINNIPEG — A former Winnipeg investment adviser who took $4.3 million from 38 clients, most of them retirees, was sentenced Tuesday to seven years in prison by a judge who said he had "preyed on trust itself."

Gordon Mikkelsen, 61, pleaded guilty in October to one count of fraud over $5,000 and one count of theft. Over nine years, he persuaded clients of his one-man firm, Red River Wealth Partners, to move their savings into what he described as a private mortgage fund. The fund did not exist.

In Court of King's Bench, Justice Rachel Lindholm-Baptiste said Mikkelsen had used the money to cover losses from his own failed real estate investments, to pay for a lakefront cottage near Gimli and to keep earlier clients from asking questions.

"This was not a single bad decision made in a moment of panic. It was a deliberate scheme, maintained for close to a decade, that depended on the affection and trust of people who considered Mr. Mikkelsen a friend," Lindholm-Baptiste said in her decision.

Crown prosecutor Amrit Dhaliwal had asked for eight years, arguing that the number of victims and the length of the fraud put the case among the most serious of its kind in Manitoba.

Defence lawyer Mark Szabo asked for five years. He told the court his client had co-operated with the Manitoba Securities Commission, surrendered the cottage and had no previous record.

"Mr. Mikkelsen knows there is nothing he can say that will give these people back what they lost," Szabo said outside court. "He wanted to plead guilty, and he did it early to spare them a trial."

Mikkelsen, dressed in a grey suit, briefly addressed the court before he was sentenced. "I am ashamed. I lied to people who trusted me, and I am sorry," he said.

Fourteen victims filed victim impact statements, and several read them aloud.

Dorothy Kaminski, 84, told the judge she had given Mikkelsen $310,000 from the sale of the house she and her late husband, Walter, built in 1968. She now lives with her daughter.

"Walter always said, 'Gord is family.' I believed that until the day the police called," Kaminski said.

Raymond and Ellen Friesen, both 67, lost $540,000. Raymond said they had both gone back to work.

"I drive a school bus now. Ellen stocks shelves four nights a week," he said. "That was supposed to be our time."

Ellen Friesen did not speak in court, but in her written statement, which the judge read from, she said she no longer trusted anyone with money, including her own children.

Lindholm-Baptiste ordered Mikkelsen to pay restitution of $4.3 million, though Dhaliwal acknowledged outside court that victims were unlikely to see most of it. About $900,000 has been recovered so far, she said.

The Manitoba Securities Commission permanently banned Mikkelsen from the industry in 2023. In a statement, the commission said the case showed why investors should check an adviser's registration before handing over any money.
''', [
    Q('''he had "preyed on trust itself."''', "Rachel Lindholm-Baptiste", "a judge", "said"),
    Q('''Mikkelsen had used the money to cover losses from his own failed real estate investments, to pay for a lakefront cottage near Gimli and to keep earlier clients from asking questions''',
      "Rachel Lindholm-Baptiste", "Justice Rachel Lindholm-Baptiste", "said"),
    Q('''"This was not a single bad decision made in a moment of panic. It was a deliberate scheme, maintained for close to a decade, that depended on the affection and trust of people who considered Mr. Mikkelsen a friend,"''',
      "Rachel Lindholm-Baptiste", ("Lindholm-Baptiste", "Lindholm-Baptiste said in her"), "said"),
    Q('''the number of victims and the length of the fraud put the case among the most serious of its kind in Manitoba''',
      "Amrit Dhaliwal", "Crown prosecutor Amrit Dhaliwal", "arguing"),
    Q('''his client had co-operated with the Manitoba Securities Commission, surrendered the cottage and had no previous record''',
      "Mark Szabo", ("He", "He told the court"), "told"),
    Q('''"Mr. Mikkelsen knows there is nothing he can say that will give these people back what they lost,"''',
      "Mark Szabo", ("Szabo", "Szabo said outside"), "said"),
    Q('''"He wanted to plead guilty, and he did it early to spare them a trial."''', "Mark Szabo",
      ("Szabo", "Szabo said outside"), "said"),
    Q('''"I am ashamed. I lied to people who trusted me, and I am sorry,"''', "Gordon Mikkelsen",
      ("he", "he said.\n\nFourteen"), "said"),
    Q('''she had given Mikkelsen $310,000 from the sale of the house she and her late husband, Walter, built in 1968''',
      "Dorothy Kaminski", "Dorothy Kaminski", "told"),
    Q('''"Walter always said, 'Gord is family.' I believed that until the day the police called,"''',
      "Dorothy Kaminski", ("Kaminski", "Kaminski said."), "said"),
    Q('''they had both gone back to work''', "Raymond Friesen", ("Raymond", "Raymond said"), "said"),
    Q('''"I drive a school bus now. Ellen stocks shelves four nights a week,"''', "Raymond Friesen",
      ("he", "he said. \"That"), "said"),
    Q('''"That was supposed to be our time."''', "Raymond Friesen", ("he", "he said. \"That"), "said"),
    Q('''she no longer trusted anyone with money, including her own children''', "Ellen Friesen",
      ("she", "she said she no longer"), "said"),
    Q('''victims were unlikely to see most of it''', "Amrit Dhaliwal", ("Dhaliwal", "Dhaliwal acknowledged"),
      "acknowledged"),
    Q('''About $900,000 has been recovered so far''', "Amrit Dhaliwal", ("she", "she said.\n\nThe Manitoba"),
      "said"),
    Q('''the case showed why investors should check an adviser's registration before handing over any money''',
      "Manitoba Securities Commission", ("the commission", "the commission said"), "said"),
], ["Gordon Mikkelsen", "Rachel Lindholm-Baptiste", "Amrit Dhaliwal", "Mark Szabo", "Dorothy Kaminski",
    "Walter", "Raymond Friesen", "Ellen Friesen"],
   ["Red River Wealth Partners", "Manitoba Securities Commission"],
   aliases={"Gordon Mikkelsen": ["Gord"]},
   optional_orgs=["Court of King's Bench"])

# ------------------------------------------------------------------------------------------ 06
A("tune-06", "pandemic-era public health (health unit, case counts)", "2020-12-09", True, '''
Health unit reports record 61 new COVID-19 cases, urges families to keep holidays small

By Jenna Marchetti, Staff Reporter

The Kawartha-Trent Health Unit reported 61 new cases of COVID-19 on Wednesday, the highest single-day count in the region since the pandemic began, and its medical officer of health warned that local hospitals could be stretched by January if the trend continues.

Dr. Samuel Achterberg said most of the new cases were linked to household spread and to three workplace outbreaks, including one at a food processing plant in Lindsay that has now infected 22 employees.

"We are no longer seeing the virus come in from outside. It is here, in our communities, and it is moving from home to home," Achterberg told a virtual news conference. "The next three weeks will decide what January looks like."

The region now has 214 active cases. Eleven people are in hospital, four of them in intensive care at Ross Memorial Hospital, the health unit said.

Achterberg said residents should limit holiday gatherings to their own households, echoing advice from Ontario's chief medical officer of health, Dr. David Williams, who on Tuesday said people living alone could join one other household.

Not everyone is convinced the rules are fair. Kelly Brandt, who owns a fitness studio in Peterborough, said the region's restrictions were hurting small businesses that had followed every rule.

"I've spent $8,000 on air filters and plexiglass. I've got a sign-in sheet at the door. And I'm the one who gets shut down?" the 44-year-old said. "Meanwhile the big-box stores are packed."

The owner of the Lindsay plant, Valley Fresh Foods, said in a statement that it had closed its packaging line for deep cleaning, was testing all 300 employees and would pay workers who had to isolate.

Sonia Medeiros, a packaging worker at the plant who tested positive last week, said she found out about the outbreak from a co-worker's Facebook post before the company told her anything.

"They say they're taking care of us. I hope so. I have two kids at home and my husband works there too," Medeiros said in Portuguese, through her daughter, who translated.

Achterberg said the health unit was working with the company and with the province's Ministry of Labour, which had sent inspectors to the plant.

Asked whether the region could be moved into the province's red "control" zone, Achterberg said the decision rested with the province but that he would not hesitate to recommend it. He said he expected an answer by Friday.

Until then, he had a simple request. "Stay home if you're sick, get tested if you have symptoms, and please, this year, keep Christmas small," he said.
''', [
    Q('''local hospitals could be stretched by January if the trend continues''', "Samuel Achterberg",
      "its medical officer of health", "warned"),
    Q('''most of the new cases were linked to household spread and to three workplace outbreaks, including one at a food processing plant in Lindsay that has now infected 22 employees''',
      "Samuel Achterberg", "Dr. Samuel Achterberg", "said"),
    Q('''"We are no longer seeing the virus come in from outside. It is here, in our communities, and it is moving from home to home,"''',
      "Samuel Achterberg", ("Achterberg", "Achterberg told"), "told"),
    Q('''"The next three weeks will decide what January looks like."''', "Samuel Achterberg",
      ("Achterberg", "Achterberg told"), "told"),
    Q('''Eleven people are in hospital, four of them in intensive care at Ross Memorial Hospital''',
      "Kawartha-Trent Health Unit", ("the health unit", "the health unit said"), "said"),
    Q('''residents should limit holiday gatherings to their own households''', "Samuel Achterberg",
      ("Achterberg", "Achterberg said residents"), "said"),
    Q('''people living alone could join one other household''', "David Williams", "Dr. David Williams", "said"),
    Q('''the region's restrictions were hurting small businesses that had followed every rule''', "Kelly Brandt",
      "Kelly Brandt", "said"),
    Q('''"I've spent $8,000 on air filters and plexiglass. I've got a sign-in sheet at the door. And I'm the one who gets shut down?"''',
      "Kelly Brandt", "the 44-year-old", "said"),
    Q('''"Meanwhile the big-box stores are packed."''', "Kelly Brandt", "the 44-year-old", "said"),
    Q('''it had closed its packaging line for deep cleaning, was testing all 300 employees and would pay workers who had to isolate''',
      "Valley Fresh Foods", "Valley Fresh Foods", "said"),
    Q('''she found out about the outbreak from a co-worker's Facebook post before the company told her anything''',
      "Sonia Medeiros", "Sonia Medeiros", "said"),
    Q('''"They say they're taking care of us. I hope so. I have two kids at home and my husband works there too,"''',
      "Sonia Medeiros", ("Medeiros", "Medeiros said in Portuguese"), "said"),
    Q('''the health unit was working with the company and with the province's Ministry of Labour, which had sent inspectors to the plant''',
      "Samuel Achterberg", ("Achterberg", "Achterberg said the health unit"), "said"),
    Q('''the decision rested with the province but that he would not hesitate to recommend it''', "Samuel Achterberg",
      ("Achterberg", "Achterberg said the decision"), "said"),
    Q('''he expected an answer by Friday''', "Samuel Achterberg", ("He", "He said he expected"), "said"),
    Q('''"Stay home if you're sick, get tested if you have symptoms, and please, this year, keep Christmas small,"''',
      "Samuel Achterberg", ("he", "he said."), "said"),
], ["Samuel Achterberg", "David Williams", "Kelly Brandt", "Sonia Medeiros"],
   ["Kawartha-Trent Health Unit", "Valley Fresh Foods", "Ministry of Labour"],
   optional_people=["Jenna Marchetti"], optional_orgs=["Ross Memorial Hospital", "Facebook"])

# ------------------------------------------------------------------------------------------ 07
A("tune-07", "business earnings / layoffs (CEO, CFO, analysts, union)", "2025-05-08", False, '''
Laurentide Aero cuts 650 jobs as tariffs push it to first-quarter loss

MONTREAL — Laurentide Aero Inc. will cut about 650 jobs, or nine per cent of its workforce, after U.S. tariffs and delivery delays at its largest customers pushed the aircraft parts maker to a first-quarter loss, the company said Thursday.

The Montreal-based company reported a net loss of $38.2 million, or 41 cents per share, for the three months ended March 31, compared with a profit of $12.6 million, or 14 cents per share, a year earlier. Revenue fell 11 per cent to $612 million. Analysts had expected a small profit.

"This was a difficult quarter, and the decisions we announced today are painful ones," chief executive Geneviève Tremblay-Ouellet said on a conference call with analysts. "But we cannot ask our customers to wait for us while we carry costs built for a market that no longer exists."

Most of the cuts will fall at the company's plants in Mirabel, Que., and Wichita, Kan., Tremblay-Ouellet said. About 80 management positions at head office will also be eliminated.

Chief financial officer Rahul Menon said tariffs on Canadian steel and aluminum had added about $14 million to the company's costs in the quarter, and that two major customers had pushed back deliveries of landing-gear assemblies into 2026.

He said the company expects the restructuring to save $70 million a year once complete and will take a charge of $45 million to $55 million, mostly for severance.

Laurentide's shares fell 12.4 per cent to $17.85 on the Toronto Stock Exchange.

"The cuts were expected. The size of the miss was not," said Pierre-Luc Gagnon, an analyst at Desjardins Capital Markets, in a note to clients. He said the company's guidance for the rest of the year "still looks optimistic to us."

Another analyst, Kristin Yeo of RBC Capital Markets, said the company had moved faster than its peers to cut costs and could emerge stronger if the tariff dispute is resolved.

The International Association of Machinists and Aerospace Workers, which represents about 2,100 workers at Mirabel, said it had been told of the cuts only an hour before the results were released.

"Our members built this company's record profits. They should not be the first to pay for a trade war they didn't start," Stéphane Bourgault, the union's Quebec co-ordinator, said in an interview.

Bourgault said the union would ask Quebec's economy minister to tie any future provincial support for the company to job guarantees. Laurentide received a $30-million loan from Investissement Québec in 2022.

In a statement, Laurentide said it would offer severance above legal minimums and job placement help to all affected employees and that it would "work respectfully with our union partners" through the process.

Tremblay-Ouellet said the company was not considering closing either plant. "Mirabel is our home. That is not changing," she said.
''', [
    Q('''Laurentide Aero Inc. will cut about 650 jobs, or nine per cent of its workforce, after U.S. tariffs and delivery delays at its largest customers pushed the aircraft parts maker to a first-quarter loss''',
      "Laurentide Aero Inc.", ("the company", "the company said Thursday"), "said"),
    Q('''"This was a difficult quarter, and the decisions we announced today are painful ones,"''',
      "Geneviève Tremblay-Ouellet", "chief executive Geneviève Tremblay-Ouellet", "said"),
    Q('''"But we cannot ask our customers to wait for us while we carry costs built for a market that no longer exists."''',
      "Geneviève Tremblay-Ouellet", "chief executive Geneviève Tremblay-Ouellet", "said"),
    Q('''Most of the cuts will fall at the company's plants in Mirabel, Que., and Wichita, Kan.''',
      "Geneviève Tremblay-Ouellet", ("Tremblay-Ouellet", "Tremblay-Ouellet said. About"), "said"),
    Q('''tariffs on Canadian steel and aluminum had added about $14 million to the company's costs in the quarter, and that two major customers had pushed back deliveries of landing-gear assemblies into 2026''',
      "Rahul Menon", "Chief financial officer Rahul Menon", "said"),
    Q('''the company expects the restructuring to save $70 million a year once complete and will take a charge of $45 million to $55 million, mostly for severance''',
      "Rahul Menon", ("He", "He said the company expects"), "said"),
    Q('''"The cuts were expected. The size of the miss was not,"''', "Pierre-Luc Gagnon", "Pierre-Luc Gagnon", "said"),
    Q('''the company's guidance for the rest of the year "still looks optimistic to us."''', "Pierre-Luc Gagnon",
      ("He", "He said the company's guidance"), "said"),
    Q('''the company had moved faster than its peers to cut costs and could emerge stronger if the tariff dispute is resolved''',
      "Kristin Yeo", "Kristin Yeo", "said"),
    Q('''it had been told of the cuts only an hour before the results were released''',
      "International Association of Machinists and Aerospace Workers",
      "The International Association of Machinists and Aerospace Workers", "said"),
    Q('''"Our members built this company's record profits. They should not be the first to pay for a trade war they didn't start,"''',
      "Stéphane Bourgault", "Stéphane Bourgault", "said"),
    Q('''the union would ask Quebec's economy minister to tie any future provincial support for the company to job guarantees''',
      "Stéphane Bourgault", ("Bourgault", "Bourgault said the union"), "said"),
    Q('''it would offer severance above legal minimums and job placement help to all affected employees and that it would "work respectfully with our union partners" through the process''',
      "Laurentide Aero Inc.", ("Laurentide", "Laurentide said it would"), "said"),
    Q('''the company was not considering closing either plant''', "Geneviève Tremblay-Ouellet",
      ("Tremblay-Ouellet", "Tremblay-Ouellet said the company was not"), "said"),
    Q('''"Mirabel is our home. That is not changing,"''', "Geneviève Tremblay-Ouellet", ("she", "she said."), "said"),
], ["Geneviève Tremblay-Ouellet", "Rahul Menon", "Pierre-Luc Gagnon", "Kristin Yeo", "Stéphane Bourgault"],
   ["Laurentide Aero Inc.", "Toronto Stock Exchange", "Desjardins Capital Markets", "RBC Capital Markets",
    "International Association of Machinists and Aerospace Workers", "Investissement Québec"],
   aliases={"Laurentide Aero Inc.": ["Laurentide"]})

# ------------------------------------------------------------------------------------------ 08
A("tune-08", "post-game sports (junior hockey, player's father)", "2026-04-18", True, '''
Okafor's OT winner sends Generals to conference final

OSHAWA, Ont. — Daniel Okafor had spent most of the series answering questions about a scoring drought. On Saturday night, he answered them with one swing of his stick.

The 18-year-old winger scored 3:12 into overtime to give the Oshawa Generals a 4-3 win over the Ottawa 67's in Game 7 of their Ontario Hockey League second-round series, sending Oshawa to the Eastern Conference final.

"I just shut my eyes and shot it. I'm kidding. Kind of," Okafor said, grinning, after his teammates had finished dumping water on him in the dressing room. "I hadn't scored in nine games. Everybody knew it. I knew it. It's nice to stop thinking about it."

Okafor took a drop pass from captain Liam Desrosiers at the Ottawa blue line, cut around a defenceman and beat goaltender Matteo Russo high on the glove side.

Desrosiers, who had a goal and two assists, said he never doubted his linemate. "He's been our best player for two weeks. The puck just wasn't going in," he said. "I told him before overtime, 'It's yours.'"

Ottawa had erased a two-goal deficit in the third period on goals 41 seconds apart by Noah Bergeron and Ethan Clarke-Whyte, sending the sold-out crowd at the Tribute Communities Centre into a nervous silence.

"We've been in this building long enough to know nothing is over until it's over," Generals head coach Sean Whitlock said. "Give them credit. They pushed us to the wall. But our guys didn't flinch in overtime."

Whitlock said goaltender Jakub Novotny, who made 38 saves, "was the reason we got to overtime at all."

Ottawa coach Renée Arsenault said her team had nothing to be ashamed of. "We were down 3-1 in this series and took a very good team to overtime in Game 7. I'm proud of that room," she said.

In the stands behind the Oshawa bench, Okafor's father, Chidi Okafor, was still wearing the same Generals jersey he had worn for every home game of the playoffs. He admitted it had not been washed.

"Don't tell his mother," Chidi said with a laugh. "She's superstitious too, she just won't admit it."

Chidi Okafor, who played university soccer at Carleton in the 1990s, drove his son to 6 a.m. practices for most of a decade. He said watching Saturday's goal was "better than anything I ever did on a field."

Daniel Okafor, who was picked by the Generals in the second round of the OHL draft two years ago, is eligible for the NHL draft in June. Asked about his father's jersey, he rolled his eyes.

"He's been wearing it for a month. We don't sit near him," Okafor said.

The Generals open the conference final Thursday against the Brantford Bulldogs.
''', [
    Q('''"I just shut my eyes and shot it. I'm kidding. Kind of,"''', "Daniel Okafor", ("Okafor", "Okafor said, grinning"),
      "said"),
    Q('''"I hadn't scored in nine games. Everybody knew it. I knew it. It's nice to stop thinking about it."''',
      "Daniel Okafor", ("Okafor", "Okafor said, grinning"), "said"),
    Q('''he never doubted his linemate''', "Liam Desrosiers", ("Desrosiers", "Desrosiers, who had a goal"), "said"),
    Q('''"He's been our best player for two weeks. The puck just wasn't going in,"''', "Liam Desrosiers",
      ("he", "he said. \"I told"), "said"),
    Q('''"I told him before overtime, 'It's yours.'"''', "Liam Desrosiers", ("he", "he said. \"I told"), "said"),
    Q('''"We've been in this building long enough to know nothing is over until it's over,"''', "Sean Whitlock",
      "Generals head coach Sean Whitlock", "said"),
    Q('''"Give them credit. They pushed us to the wall. But our guys didn't flinch in overtime."''', "Sean Whitlock",
      "Generals head coach Sean Whitlock", "said"),
    Q('''goaltender Jakub Novotny, who made 38 saves, "was the reason we got to overtime at all."''', "Sean Whitlock",
      ("Whitlock", "Whitlock said goaltender"), "said"),
    Q('''her team had nothing to be ashamed of''', "Renée Arsenault", "Ottawa coach Renée Arsenault", "said"),
    Q('''"We were down 3-1 in this series and took a very good team to overtime in Game 7. I'm proud of that room,"''',
      "Renée Arsenault", ("she", "she said.\n"), "said"),
    Q('''it had not been washed''', "Chidi Okafor", ("He", "He admitted"), "admitted"),
    Q('''"Don't tell his mother,"''', "Chidi Okafor", ("Chidi", "Chidi said with a laugh"), "said"),
    Q('''"She's superstitious too, she just won't admit it."''', "Chidi Okafor", ("Chidi", "Chidi said with a laugh"),
      "said"),
    Q('''watching Saturday's goal was "better than anything I ever did on a field."''', "Chidi Okafor",
      ("He", "He said watching"), "said"),
    Q('''"He's been wearing it for a month. We don't sit near him,"''', "Daniel Okafor", ("Okafor", "Okafor said.\n"),
      "said"),
], ["Daniel Okafor", "Liam Desrosiers", "Matteo Russo", "Noah Bergeron", "Ethan Clarke-Whyte", "Sean Whitlock",
    "Jakub Novotny", "Renée Arsenault", "Chidi Okafor"],
   ["Oshawa Generals", "Ottawa 67's", "Ontario Hockey League", "Carleton University", "National Hockey League",
    "Brantford Bulldogs"],
   aliases={"Carleton University": ["Carleton"]},
   optional_orgs=["Tribute Communities Centre"])

# ------------------------------------------------------------------------------------------ 09
A("tune-09", "school board (trustees, parents by first name, student)", None, False, '''
Trustees vote 7-4 to close Millbrook Public School despite parents' pleas

Simcoe Shores District School Board trustees voted 7-4 late Tuesday to close Millbrook Public School at the end of the next school year, despite a packed meeting at which parents and students begged them to keep the village school open.

The 94-year-old school, which has 112 students in a building designed for 300, will be merged with Cedar Ridge Public School, about 14 kilometres away in Orchard Falls. Board staff said the move would save about $640,000 a year and avoid $3.1 million in roof and boiler repairs.

More than 150 people attended the meeting at the board's office in Barrie, and 23 delegates spoke against the closure, most of them parents.

"You're asking six-year-olds to get on a bus at 7:10 in the morning in January," said Heather, a mother of three whose youngest is in Grade 1. "Nobody on this board would accept that for their own kids."

Another parent, Kwame, said the school was the only public building left in the village since the post office closed in 2019. He said trustees should have considered leasing empty classrooms to a daycare or a library branch instead.

The most applauded speech of the night came from a student. Maya, 11, who is in Grade 6 at Millbrook, read from a letter signed by 41 of her classmates.

"Our school is small, but that's why everyone knows everyone. At a big school, I'd just be a number," she read. "Please don't make us be numbers."

Trustee Alan Verhoeven, who represents the Millbrook area, voted against closing the school and said the board had "never seriously looked" at alternatives.

"We've had three years of warnings about this building and we've spent those three years commissioning reports," Verhoeven said. "Now we're telling families it's too late."

But board chair Priya Sandhu-Morrison said the board could not keep paying to heat half-empty buildings while students in fast-growing Orchard Falls learned in portables.

"There are 28 portables at Cedar Ridge and the schools around it. Those kids matter too," she said. "This is a terrible decision to have to make, and I don't think anyone around this table is happy about it."

Director of education Marc Lévesque said in an email after the meeting that the board would hold information sessions for Millbrook families in the spring and that students would be able to keep their teachers where possible.

The Ministry of Education must approve the closure. A ministry spokesperson said the ministry would review the board's decision "in the coming months."

Heather said parents would ask the ministry for an administrative review of the process. "We're not done," she said.
''', [
    Q('''the move would save about $640,000 a year and avoid $3.1 million in roof and boiler repairs''', "board staff",
      "Board staff", "said"),
    Q('''"You're asking six-year-olds to get on a bus at 7:10 in the morning in January,"''', "Heather",
      ("Heather", "said Heather"), "said"),
    Q('''"Nobody on this board would accept that for their own kids."''', "Heather", ("Heather", "said Heather"), "said"),
    Q('''the school was the only public building left in the village since the post office closed in 2019''', "Kwame",
      "Kwame", "said"),
    Q('''trustees should have considered leasing empty classrooms to a daycare or a library branch instead''', "Kwame",
      ("He", "He said trustees"), "said"),
    Q('''"Our school is small, but that's why everyone knows everyone. At a big school, I'd just be a number,"''',
      "Maya", ("she", "she read."), "read"),
    Q('''"Please don't make us be numbers."''', "Maya", ("she", "she read."), "read"),
    Q('''the board had "never seriously looked" at alternatives''', "Alan Verhoeven", "Trustee Alan Verhoeven", "said"),
    Q('''"We've had three years of warnings about this building and we've spent those three years commissioning reports,"''',
      "Alan Verhoeven", ("Verhoeven", "Verhoeven said."), "said"),
    Q('''"Now we're telling families it's too late."''', "Alan Verhoeven", ("Verhoeven", "Verhoeven said."), "said"),
    Q('''the board could not keep paying to heat half-empty buildings while students in fast-growing Orchard Falls learned in portables''',
      "Priya Sandhu-Morrison", "board chair Priya Sandhu-Morrison", "said"),
    Q('''"There are 28 portables at Cedar Ridge and the schools around it. Those kids matter too,"''',
      "Priya Sandhu-Morrison", ("she", "she said. \"This"), "said"),
    Q('''"This is a terrible decision to have to make, and I don't think anyone around this table is happy about it."''',
      "Priya Sandhu-Morrison", ("she", "she said. \"This"), "said"),
    Q('''the board would hold information sessions for Millbrook families in the spring and that students would be able to keep their teachers where possible''',
      "Marc Lévesque", "Director of education Marc Lévesque", "said"),
    Q('''the ministry would review the board's decision "in the coming months."''', "a ministry spokesperson",
      "A ministry spokesperson", "said"),
    Q('''parents would ask the ministry for an administrative review of the process''', "Heather",
      ("Heather", "Heather said parents"), "said"),
    Q('''"We're not done,"''', "Heather", ("she", "she said."), "said"),
], ["Heather", "Kwame", "Maya", "Alan Verhoeven", "Priya Sandhu-Morrison", "Marc Lévesque"],
   ["Simcoe Shores District School Board", "Ministry of Education"],
   optional_orgs=["Millbrook Public School", "Cedar Ridge Public School"])

# ------------------------------------------------------------------------------------------ 10
A("tune-10", "labour strike (union president, company spokesperson, workers by first name)", "2025-08-25", True, '''
Bakery workers strike in Mississauga as talks over wages break down

MISSISSAUGA, Ont. — About 480 workers at the Golden Crust Bakeries plant in Mississauga walked off the job early Monday after talks between the company and their union broke down over wages and scheduling.

The workers, members of United Food and Commercial Workers Local 175, voted 94 per cent to reject the company's offer of a nine per cent raise over four years.

"Our members kept this plant running through the pandemic. They were called heroes. Now they're being told a raise that doesn't keep up with groceries is the best they can do," Tracy Delorme, the local's president, told strikers on the picket line.

In a statement, Golden Crust said it was "disappointed" that the union had rejected its offer and that it was prepared to return to the bargaining table at any time.

Company spokesperson Jordan Mehta said the offer would make Golden Crust's production workers among the best paid in the industry in Ontario, and that the company also faced rising costs for flour, energy and transport.

"We value every one of our employees. We also have to keep this plant competitive so it is still here in 10 years," Mehta said in an emailed response to questions.

The plant, which supplies bread and buns to grocery chains across Ontario and Quebec, including Loblaw and Metro, would keep operating with managers and temporary staff, Mehta said.

Delorme said bringing in replacement workers would "prolong this strike and poison this workplace for years." Ontario does not ban replacement workers in provincially regulated workplaces, although a federal ban covering federally regulated industries took effect in June 2025.

On the picket line along Tomken Road on Monday afternoon, workers carried signs reading "Fair Wages Now" and "We Bake, You Profit."

Marisol, who has worked on the packaging line for 17 years, said her rent had gone up by $600 a month since 2021.

"I'm not asking to get rich. I'm asking to stay in Mississauga," the 52-year-old said. "My kids grew up here."

Deepak, a forklift operator, said he had never been on strike before and hoped it would be short.

"Nobody wants to be out here in the rain," he said. "But we'll be out here as long as it takes."

The Ontario Federation of Labour said in a post on X that it stood with the strikers and urged shoppers to contact Golden Crust's largest customers.

No new talks had been scheduled as of Monday evening, according to the union.
''', [
    Q('''"Our members kept this plant running through the pandemic. They were called heroes. Now they're being told a raise that doesn't keep up with groceries is the best they can do,"''',
      "Tracy Delorme", "Tracy Delorme", "told"),
    Q('''it was "disappointed" that the union had rejected its offer and that it was prepared to return to the bargaining table at any time''',
      "Golden Crust Bakeries", ("Golden Crust", "Golden Crust said"), "said"),
    Q('''the offer would make Golden Crust's production workers among the best paid in the industry in Ontario, and that the company also faced rising costs for flour, energy and transport''',
      "Jordan Mehta", "Company spokesperson Jordan Mehta", "said"),
    Q('''"We value every one of our employees. We also have to keep this plant competitive so it is still here in 10 years,"''',
      "Jordan Mehta", ("Mehta", "Mehta said in an emailed"), "said"),
    Q('''The plant, which supplies bread and buns to grocery chains across Ontario and Quebec, including Loblaw and Metro, would keep operating with managers and temporary staff''',
      "Jordan Mehta", ("Mehta", "Mehta said.\n"), "said"),
    Q('''bringing in replacement workers would "prolong this strike and poison this workplace for years."''',
      "Tracy Delorme", ("Delorme", "Delorme said bringing"), "said"),
    Q('''her rent had gone up by $600 a month since 2021''', "Marisol", "Marisol", "said"),
    Q('''"I'm not asking to get rich. I'm asking to stay in Mississauga,"''', "Marisol", "the 52-year-old", "said"),
    Q('''"My kids grew up here."''', "Marisol", "the 52-year-old", "said"),
    Q('''he had never been on strike before and hoped it would be short''', "Deepak", "Deepak", "said"),
    Q('''"Nobody wants to be out here in the rain,"''', "Deepak", ("he", "he said. \"But"), "said"),
    Q('''"But we'll be out here as long as it takes."''', "Deepak", ("he", "he said. \"But"), "said"),
    Q('''it stood with the strikers and urged shoppers to contact Golden Crust's largest customers''',
      "Ontario Federation of Labour", "The Ontario Federation of Labour", "said"),
    Q('''No new talks had been scheduled as of Monday evening''', "United Food and Commercial Workers Local 175",
      ("the union", "according to the union"), "according to"),
], ["Tracy Delorme", "Jordan Mehta", "Marisol", "Deepak"],
   ["Golden Crust Bakeries", "United Food and Commercial Workers Local 175", "Loblaw", "Metro",
    "Ontario Federation of Labour"],
   aliases={"Golden Crust Bakeries": ["Golden Crust"],
            "United Food and Commercial Workers Local 175": ["UFCW Local 175"]},
   optional_orgs=["X"])

# ------------------------------------------------------------------------------------------ 11
A("tune-11", "wildfire evacuation (officials, residents by age, relatives)", "2024-07-23", False, '''
Thousands flee as wind-driven wildfire jumps highway near Pine Hollow

PINE HOLLOW, B.C. — About 4,200 people were ordered out of their homes in and around Pine Hollow on Monday night after a wildfire fanned by gusts of up to 60 km/h jumped Highway 5A and raced toward the edge of town.

The Kettle Ridge wildfire, which was discovered Saturday afternoon, grew from about 900 hectares to more than 6,500 hectares in less than 24 hours, according to the BC Wildfire Service.

"This fire did exactly what we were worried it would do," fire information officer Karina Holt said at a briefing in Kamloops on Tuesday morning. "It went from a ground fire to a crown fire in a matter of minutes, and when that happens there's no putting crews in front of it."

Holt said no structures had been confirmed lost, but that crews had not yet been able to get into two neighbourhoods on the town's western edge. About 140 firefighters, 11 helicopters and heavy equipment crews were working on the fire, she said.

The Thompson-Nicola Regional District issued the evacuation order at 9:40 p.m. and opened a reception centre at the Sandman Centre in Kamloops, where more than 1,100 evacuees had registered by Tuesday morning.

"If you are under an order, you need to leave now. Do not wait to see flames," the district's emergency operations director, Warren Sibley, said in a video posted to Facebook late Monday.

Norma Petrakis said she had about 15 minutes to pack after an RCMP officer knocked on her door. The retired nurse grabbed her cat, her late husband's medals and a box of photographs.

"You think you'll be calm. You're not calm. I walked past my passport twice," the 67-year-old retiree said from a cot at the Sandman Centre. "I keep thinking about my garden, which is a silly thing to think about."

Her neighbour, Jake Lindgren, 34, said he spent the night in his truck in a grocery store parking lot in Kamloops with his partner and two dogs because the reception centre was full when they arrived.

His father, Erik Lindgren, 61, refused to leave his property on the north side of town, where he keeps cattle.

"I've got 40 head of cattle and nowhere to put them. I've cleared the brush, I've got sprinklers on the roof," Erik said by phone Tuesday. "I'm not being stubborn. I'm being a rancher."

Jake said he had tried for an hour to talk his father into leaving. "He's the most stubborn man in British Columbia," he said.

Premier David Eby said in a statement that the province would cover the cost of emergency lodging and food for evacuees and that crews on the ground were "working in impossible conditions."

Environment Canada said winds would ease on Wednesday but that no significant rain was expected before the weekend.
''', [
    Q('''The Kettle Ridge wildfire, which was discovered Saturday afternoon, grew from about 900 hectares to more than 6,500 hectares in less than 24 hours''',
      "BC Wildfire Service", "the BC Wildfire Service", "according to"),
    Q('''"This fire did exactly what we were worried it would do,"''', "Karina Holt",
      "fire information officer Karina Holt", "said"),
    Q('''"It went from a ground fire to a crown fire in a matter of minutes, and when that happens there's no putting crews in front of it."''',
      "Karina Holt", "fire information officer Karina Holt", "said"),
    Q('''no structures had been confirmed lost, but that crews had not yet been able to get into two neighbourhoods on the town's western edge''',
      "Karina Holt", ("Holt", "Holt said no structures"), "said"),
    Q('''About 140 firefighters, 11 helicopters and heavy equipment crews were working on the fire''', "Karina Holt",
      ("she", "she said."), "said"),
    Q('''"If you are under an order, you need to leave now. Do not wait to see flames,"''', "Warren Sibley",
      "Warren Sibley", "said"),
    Q('''she had about 15 minutes to pack after an RCMP officer knocked on her door''', "Norma Petrakis",
      "Norma Petrakis", "said"),
    Q('''"You think you'll be calm. You're not calm. I walked past my passport twice,"''', "Norma Petrakis",
      "the 67-year-old retiree", "said"),
    Q('''"I keep thinking about my garden, which is a silly thing to think about."''', "Norma Petrakis",
      "the 67-year-old retiree", "said"),
    Q('''he spent the night in his truck in a grocery store parking lot in Kamloops with his partner and two dogs because the reception centre was full when they arrived''',
      "Jake Lindgren", "Jake Lindgren", "said"),
    Q('''"I've got 40 head of cattle and nowhere to put them. I've cleared the brush, I've got sprinklers on the roof,"''',
      "Erik Lindgren", ("Erik", "Erik said by phone"), "said"),
    Q('''"I'm not being stubborn. I'm being a rancher."''', "Erik Lindgren", ("Erik", "Erik said by phone"), "said"),
    Q('''he had tried for an hour to talk his father into leaving''', "Jake Lindgren", ("Jake", "Jake said he had"),
      "said"),
    Q('''"He's the most stubborn man in British Columbia,"''', "Jake Lindgren", ("he", "he said.\n"), "said"),
    Q('''the province would cover the cost of emergency lodging and food for evacuees and that crews on the ground were "working in impossible conditions."''',
      "David Eby", "Premier David Eby", "said"),
    Q('''winds would ease on Wednesday but that no significant rain was expected before the weekend''',
      "Environment Canada", "Environment Canada", "said"),
], ["Karina Holt", "Warren Sibley", "Norma Petrakis", "Jake Lindgren", "Erik Lindgren", "David Eby"],
   ["BC Wildfire Service", "Thompson-Nicola Regional District", "Royal Canadian Mounted Police",
    "Environment Canada"],
   optional_orgs=["Sandman Centre", "Facebook"])

# ------------------------------------------------------------------------------------------ 12
A("tune-12", "obituary / tribute (family sharing the surname, old interview)", None, True, '''
Kay Doucette, Chéticamp fiddler who carried Acadian tunes around the world, dies at 88

CHÉTICAMP, N.S. — Catherine "Kay" Doucette, the Acadian fiddler who learned to play on an instrument her father built from a maple board and went on to perform in Paris, Dublin and New Orleans, died Sunday at her home in Chéticamp. She was 88.

Her son, Paul Doucette, said she died peacefully with her family around her, a few hours after asking to hear one of her own recordings.

"She listened to the whole reel, tapped her foot on the last bar and said, 'That's not bad,'" Paul said. "That was Mom. Never more than 'not bad.'"

Born Catherine Chiasson in 1936, she married Léo Doucette, a lobster fisherman, in 1957. He died in 2011.

By her 20s, she was a fixture at kitchen parties and parish dances from Margaree to Pleasant Bay. She released six albums, the first in 1978, and was named to the Order of Canada in 2004 for her work preserving Acadian fiddle music.

In a 2009 interview with the Cape Breton Post, Doucette said she never thought of herself as a performer.

"I'm a kitchen fiddler. I play so people will dance, and if they're not dancing, I'm doing it wrong," she told the paper.

Her granddaughter Émilie Doucette, 29, a fiddler who now tours with the Halifax folk band The Tidewaters, said her grandmother taught her the first tune she ever played, at age five, and never once corrected her in front of anyone.

"She'd wait until everybody left and then say, 'Let's try that again, ma belle,'" Émilie said. "She was the most patient teacher in the world, and the most stubborn."

"You didn't play behind Kay. You held on and tried to keep up," said Allister Gillis, 81, who accompanied Doucette on piano for more than 30 years. He said she would often change keys in the middle of a set without warning "just to see if I was awake."

The Celtic Colours International Festival, where Doucette played the opening concert in 1997, said in a statement that Cape Breton had "lost one of its great voices, and she never sang a note."

Premier Tim Houston wrote on X that Doucette was "a national treasure who never stopped being a Chéticamp girl."

She is survived by her son Paul, her daughters Monique and Anne-Marie, 11 grandchildren and 14 great-grandchildren.

Paul said the funeral would be held Saturday at Saint-Pierre Church in Chéticamp. "She wanted a square set after, not a sad one," he said.
''', [
    Q('''she died peacefully with her family around her, a few hours after asking to hear one of her own recordings''',
      "Paul Doucette", "Paul Doucette", "said"),
    Q('''"She listened to the whole reel, tapped her foot on the last bar and said, 'That's not bad,'"''',
      "Paul Doucette", ("Paul", "Paul said."), "said"),
    Q('''"That was Mom. Never more than 'not bad.'"''', "Paul Doucette", ("Paul", "Paul said."), "said"),
    Q('''she never thought of herself as a performer''', "Catherine Doucette", ("Doucette", "Doucette said she never"),
      "said"),
    Q('''"I'm a kitchen fiddler. I play so people will dance, and if they're not dancing, I'm doing it wrong,"''',
      "Catherine Doucette", ("she", "she told the paper"), "told"),
    Q('''her grandmother taught her the first tune she ever played, at age five, and never once corrected her in front of anyone''',
      "Émilie Doucette", "Émilie Doucette", "said"),
    Q('''"She'd wait until everybody left and then say, 'Let's try that again, ma belle,'"''', "Émilie Doucette",
      ("Émilie", "Émilie said."), "said"),
    Q('''"She was the most patient teacher in the world, and the most stubborn."''', "Émilie Doucette",
      ("Émilie", "Émilie said."), "said"),
    Q('''"You didn't play behind Kay. You held on and tried to keep up,"''', "Allister Gillis", "Allister Gillis",
      "said"),
    Q('''she would often change keys in the middle of a set without warning "just to see if I was awake."''',
      "Allister Gillis", ("He", "He said she would"), "said"),
    Q('''Cape Breton had "lost one of its great voices, and she never sang a note."''',
      "Celtic Colours International Festival", "The Celtic Colours International Festival", "said"),
    Q('''Doucette was "a national treasure who never stopped being a Chéticamp girl."''', "Tim Houston",
      "Premier Tim Houston", "wrote"),
    Q('''the funeral would be held Saturday at Saint-Pierre Church in Chéticamp''', "Paul Doucette",
      ("Paul", "Paul said the funeral"), "said"),
    Q('''"She wanted a square set after, not a sad one,"''', "Paul Doucette", ("he", "he said."), "said"),
], ["Catherine Doucette", "Paul Doucette", "Léo Doucette", "Émilie Doucette", "Allister Gillis", "Tim Houston",
    "Monique", "Anne-Marie"],
   ["Cape Breton Post", "The Tidewaters", "Celtic Colours International Festival"],
   aliases={"Catherine Doucette": ["Kay Doucette", "Catherine Chiasson"]},
   optional_orgs=["Order of Canada", "Saint-Pierre Church", "X"])

# ------------------------------------------------------------------------------------------ 13
A("tune-13", "entertainment awards (nominee list, titles with names, winners' quotes)", "2026-03-30", False, '''
Nadine Okoro sweeps the Junos with four wins, including album of the year

Toronto singer-songwriter Nadine Okoro won four Juno Awards on Sunday night, including album of the year for "Letters to Josephine," capping a year in which the 27-year-old went from playing bars on Queen Street West to selling out Massey Hall.

"I wrote half of this record on a night shift at a call centre in Scarborough, so if you're on a night shift right now, this one's for you," Okoro said as she accepted the album award.

Okoro also won single of the year for "Call Me Delphine," songwriter of the year and artist of the year.

The single of the year nominees were:

Nadine Okoro, "Call Me Delphine"
The Halyards, "Rosalind, Don't Go"
Theo Vance-Abara, "Mr. Patel's Corner Store"
Juniper Sky, "Kitchen Light"
Ruben Castellanos, "Dear Eleanor"

The other album of the year nominees were Theo Vance-Abara's "Northbound," The Halyards' "Salt & Iron," Marie-Eve Thibodeau's "Les heures bleues" and Sam Kowalczyk's "Prairie Static."

Backstage, Okoro told reporters that she had nearly quit music in 2023 after her van was stolen with all of her gear inside. "Someone out there has my old amp. Keep it. It was cursed," she joked.

Vance-Abara, who was nominated in three categories and went home empty-handed, wrote on Instagram that Okoro "deserved every single one of those."

Breakthrough artist of the year went to Winnipeg rapper Jaylen Redsky, who thanked his grandmother, Marion Redsky, from the stage.

"She drove me to every open mic in Winnipeg when I was 15 and sat in the back with her crossword," Redsky said. "Grandma, you can stop pretending you don't like rap now."

Backstage, Marion Redsky, 74, said she still preferred country music. "But I know every word of his songs. I have to, he plays them in my kitchen," she said.

The Halyards, the Halifax folk-rock quintet, won group of the year on their fourth nomination.

"We've been a band for 12 years and we've been broke for 11 of them," lead singer Connor MacPhail said. "This helps."

The Canadian Academy of Recording Arts and Sciences, which presents the Junos, said in a statement that a record 3,400 submissions were received this year. The ceremony was broadcast live on CBC.
''', [
    Q('''"I wrote half of this record on a night shift at a call centre in Scarborough, so if you're on a night shift right now, this one's for you,"''',
      "Nadine Okoro", ("Okoro", "Okoro said as"), "said"),
    Q('''she had nearly quit music in 2023 after her van was stolen with all of her gear inside''', "Nadine Okoro",
      ("Okoro", "Okoro told reporters"), "told"),
    Q('''"Someone out there has my old amp. Keep it. It was cursed,"''', "Nadine Okoro", ("she", "she joked"), "joked"),
    Q('''Okoro "deserved every single one of those."''', "Theo Vance-Abara", ("Vance-Abara", "Vance-Abara, who was"),
      "wrote"),
    Q('''"She drove me to every open mic in Winnipeg when I was 15 and sat in the back with her crossword,"''',
      "Jaylen Redsky", ("Redsky", "Redsky said."), "said"),
    Q('''"Grandma, you can stop pretending you don't like rap now."''', "Jaylen Redsky", ("Redsky", "Redsky said."),
      "said"),
    Q('''she still preferred country music''', "Marion Redsky", ("Marion Redsky", "Marion Redsky, 74"), "said"),
    Q('''"But I know every word of his songs. I have to, he plays them in my kitchen,"''', "Marion Redsky",
      ("she", "she said.\n"), "said"),
    Q('''"We've been a band for 12 years and we've been broke for 11 of them,"''', "Connor MacPhail",
      "lead singer Connor MacPhail", "said"),
    Q('''"This helps."''', "Connor MacPhail", "lead singer Connor MacPhail", "said"),
    Q('''a record 3,400 submissions were received this year''', "Canadian Academy of Recording Arts and Sciences",
      "The Canadian Academy of Recording Arts and Sciences", "said"),
], ["Nadine Okoro", "Theo Vance-Abara", "Juniper Sky", "Ruben Castellanos", "Marie-Eve Thibodeau", "Sam Kowalczyk",
    "Jaylen Redsky", "Marion Redsky", "Connor MacPhail"],
   ["The Halyards", "Canadian Academy of Recording Arts and Sciences", "CBC"],
   optional_people=["Josephine", "Delphine", "Rosalind", "Mr. Patel", "Eleanor"],
   optional_orgs=["Juno Awards", "Junos", "Massey Hall", "Instagram"])

# ------------------------------------------------------------------------------------------ 14
A("tune-14", "housing feature (renoviction; tenant, landlord, developer by role)", "2025-05-12", True, '''
'Renoviction' fight in Toronto's east end tests new city bylaw

When Ana Lucía Ferreyra moved into her two-bedroom apartment on Main Street in 2011, the rent was $1,050 a month. She raised two children there, and she still pays $1,480, well below what new tenants in the neighbourhood pay.

In February, she found a notice under her door giving her 120 days to leave so the building could be renovated.

"They said it was for renovations. What they meant was, 'We can get $2,900 for this unit,'" said Ferreyra, 58, a personal support worker.

Ferreyra is one of 14 tenants in the 18-unit building who have refused to leave. The building was bought last year by Kestrel Point Developments, a Vaughan-based company that owns about 40 rental buildings in the Greater Toronto Area.

Kestrel Point's president, Gil Amsalem, said in an interview that the renovations were real and necessary, and that the building's wiring and plumbing had not been updated since the 1960s.

"This is not a scheme. The wiring in that building is a fire hazard," the developer said. "Tenants have the right to come back at the same rent once the work is done, and we've told every one of them that in writing."

Under Ontario law, tenants evicted for renovations can move back at the same rent. But tenant advocates say few do, because the work can take a year or more and people find somewhere else to live in the meantime.

A city bylaw that took effect this year now requires landlords to get a licence before evicting tenants for renovations, to show that permits are in place and to help tenants with housing or compensation while the work is done.

Devon Clarke, an organizer with the tenant union ACORN, which has been helping the Main Street tenants, said Kestrel Point had offered some households $10,000 to leave before the licence application was even filed.

"Buyouts are legal. Pressure isn't," Clarke said. "When a tenant gets three calls a week asking whether they've thought about the offer, that's pressure."

Amsalem said the offers were voluntary and that no tenant had been pressured.

Not every landlord sees the bylaw as a win. Margaret Liu owns a fourplex a few blocks away and says she has been trying for two years to replace its 70-year-old plumbing while a long-term tenant stays in place.

"I'm not a corporation. I'm a retired teacher with a mortgage on this building," the landlord said. "The rules are written as if every owner is a villain."

Coun. Ellen Marsh-Whitby, who represents the ward, said city staff were reviewing Kestrel Point's licence application and could refuse it if the company had not provided a plan to house tenants during the work.

Ferreyra's hearing at the Landlord and Tenant Board is scheduled for July. The tenant said she would represent herself if she had to.

"I've lived here 14 years. I'm not hard to find," she said.
''', [
    Q('''"They said it was for renovations. What they meant was, 'We can get $2,900 for this unit,'"''',
      "Ana Lucía Ferreyra", ("Ferreyra", "said Ferreyra, 58"), "said"),
    Q('''the renovations were real and necessary, and that the building's wiring and plumbing had not been updated since the 1960s''',
      "Gil Amsalem", "Gil Amsalem", "said"),
    Q('''"This is not a scheme. The wiring in that building is a fire hazard,"''', "Gil Amsalem", "the developer",
      "said"),
    Q('''"Tenants have the right to come back at the same rent once the work is done, and we've told every one of them that in writing."''',
      "Gil Amsalem", "the developer", "said"),
    Q('''few do, because the work can take a year or more and people find somewhere else to live in the meantime''',
      "tenant advocates", "tenant advocates", "say"),
    Q('''Kestrel Point had offered some households $10,000 to leave before the licence application was even filed''',
      "Devon Clarke", "Devon Clarke", "said"),
    Q('''"Buyouts are legal. Pressure isn't,"''', "Devon Clarke", ("Clarke", "Clarke said."), "said"),
    Q('''"When a tenant gets three calls a week asking whether they've thought about the offer, that's pressure."''',
      "Devon Clarke", ("Clarke", "Clarke said."), "said"),
    Q('''the offers were voluntary and that no tenant had been pressured''', "Gil Amsalem",
      ("Amsalem", "Amsalem said the offers"), "said"),
    Q('''she has been trying for two years to replace its 70-year-old plumbing while a long-term tenant stays in place''',
      "Margaret Liu", "Margaret Liu", "says"),
    Q('''"I'm not a corporation. I'm a retired teacher with a mortgage on this building,"''', "Margaret Liu",
      "the landlord", "said"),
    Q('''"The rules are written as if every owner is a villain."''', "Margaret Liu", "the landlord", "said"),
    Q('''city staff were reviewing Kestrel Point's licence application and could refuse it if the company had not provided a plan to house tenants during the work''',
      "Ellen Marsh-Whitby", "Coun. Ellen Marsh-Whitby", "said"),
    Q('''she would represent herself if she had to''', "Ana Lucía Ferreyra", "The tenant", "said"),
    Q('''"I've lived here 14 years. I'm not hard to find,"''', "Ana Lucía Ferreyra", ("she", "she said."), "said"),
], ["Ana Lucía Ferreyra", "Gil Amsalem", "Devon Clarke", "Margaret Liu", "Ellen Marsh-Whitby"],
   ["Kestrel Point Developments", "ACORN"],
   aliases={"Kestrel Point Developments": ["Kestrel Point"]},
   optional_orgs=["Landlord and Tenant Board"])

# ------------------------------------------------------------------------------------------ 15
A("tune-15", "science discovery (university release, independent expert, agency acronyms)", "2024-09-18", False, '''
Webb telescope spots steam-filled atmosphere on distant 'sub-Neptune'

A team led by astronomers at McMaster University has found the strongest evidence yet of a thick, water-rich atmosphere on a planet smaller than Neptune, using observations from the James Webb Space Telescope.

The planet, TOI-1462 b, orbits a red dwarf star about 97 light-years from Earth. It is about two and a half times the size of Earth, part of a class of "sub-Neptunes" that are the most common planets in the galaxy but have no equivalent in our solar system. The findings were published Wednesday in the journal Nature Astronomy.

"This is the first time we've been able to look at a world like this and say with confidence: there is a lot of water here, and it's in the air," lead author Dr. Farah Siddiqui, a postdoctoral researcher at McMaster, said in a news release issued by the university.

Siddiqui and her colleagues observed the planet four times as it passed in front of its star. Light filtered through its atmosphere carried the chemical fingerprints of water vapour, methane and carbon dioxide.

Co-author Prof. Martin Eckhardt said the team had expected a flat, featureless signal, as earlier observations with the Hubble Space Telescope had suggested.

"Instead the signal jumped right out at us," Eckhardt said in the release. "We checked it a dozen different ways because we didn't quite believe it."

Webb is operated by NASA in partnership with the European Space Agency (ESA) and the Canadian Space Agency (CSA), which contributed the Near-Infrared Imager and Slitless Spectrograph, or NIRISS, the instrument used in the study. In a statement, the CSA said the result showed "the value of Canada's investment in Webb."

Dr. Tomás Ferreira-Lund, an exoplanet researcher at the University of Geneva who was not involved in the study, said the detection was convincing but that it was too early to say whether the planet had an ocean beneath its clouds.

"The detection of water is solid. What that water is doing below the clouds is still an open question, and the models disagree," he said in an email. "I'd want to see a second instrument confirm the methane before I bet on it."

Siddiqui said the planet is far too hot for life as we know it, with temperatures at the top of its atmosphere estimated at about 400 C. She said the team has been awarded more Webb time next year to look at two similar planets.

"We're not looking for aliens. We're trying to understand what the most common kind of planet in the galaxy is actually made of," she told The Canadian Press.
''', [
    Q('''"This is the first time we've been able to look at a world like this and say with confidence: there is a lot of water here, and it's in the air,"''',
      "Farah Siddiqui", "lead author Dr. Farah Siddiqui", "said"),
    Q('''the team had expected a flat, featureless signal, as earlier observations with the Hubble Space Telescope had suggested''',
      "Martin Eckhardt", "Co-author Prof. Martin Eckhardt", "said"),
    Q('''"Instead the signal jumped right out at us,"''', "Martin Eckhardt", ("Eckhardt", "Eckhardt said in the"), "said"),
    Q('''"We checked it a dozen different ways because we didn't quite believe it."''', "Martin Eckhardt",
      ("Eckhardt", "Eckhardt said in the"), "said"),
    Q('''the result showed "the value of Canada's investment in Webb."''', "Canadian Space Agency",
      ("the CSA", "the CSA said"), "said"),
    Q('''the detection was convincing but that it was too early to say whether the planet had an ocean beneath its clouds''',
      "Tomás Ferreira-Lund", "Dr. Tomás Ferreira-Lund", "said"),
    Q('''"The detection of water is solid. What that water is doing below the clouds is still an open question, and the models disagree,"''',
      "Tomás Ferreira-Lund", ("he", "he said in an email"), "said"),
    Q('''"I'd want to see a second instrument confirm the methane before I bet on it."''', "Tomás Ferreira-Lund",
      ("he", "he said in an email"), "said"),
    Q('''the planet is far too hot for life as we know it, with temperatures at the top of its atmosphere estimated at about 400 C''',
      "Farah Siddiqui", ("Siddiqui", "Siddiqui said the planet"), "said"),
    Q('''the team has been awarded more Webb time next year to look at two similar planets''', "Farah Siddiqui",
      ("She", "She said the team"), "said"),
    Q('''"We're not looking for aliens. We're trying to understand what the most common kind of planet in the galaxy is actually made of,"''',
      "Farah Siddiqui", ("she", "she told"), "told"),
], ["Farah Siddiqui", "Martin Eckhardt", "Tomás Ferreira-Lund"],
   ["McMaster University", "Nature Astronomy", "NASA", "European Space Agency", "Canadian Space Agency",
    "University of Geneva", "The Canadian Press"],
   optional_orgs=["James Webb Space Telescope", "Hubble Space Telescope",
                  "Near-Infrared Imager and Slitless Spectrograph", "NIRISS"])

# ------------------------------------------------------------------------------------------ 16
A("tune-16", "immigration / refugee feature (first names, pseudonyms, NGO)", None, True, '''
Years after fleeing Kabul, Afghan families in Calgary wait for the relatives they left behind

CALGARY — Every night before he goes to bed, Farid sets an alarm for 3 a.m. That is when his mother, who is staying with his two sisters in a rented room in Islamabad, is most likely to have a working internet connection.

Farid, who asked that his real name not be used because his family has no legal status in Pakistan, said he worked for six years as an interpreter for the Canadian Armed Forces in Kandahar before coming to Canada in 2022.

"She asks me every time, 'When?' And every time I tell her, 'Soon,'" he said. "I have been saying soon for two years."

He said his mother and sisters had been forced to move twice in the past year after police raids on Afghan neighbourhoods in the city.

Hundreds of thousands of Afghans have returned or been deported from Pakistan since late 2023, according to the United Nations refugee agency, UNHCR.

Zahra, 34, arrived in Calgary in 2022 with her husband and three children as a government-assisted refugee. A midwife in Kabul, she now works at a bakery and studies English four evenings a week.

"In Kabul I delivered babies. Here I make croissants," she said, laughing. "Both are early mornings."

Zahra said her children had adjusted faster than she had. Her eldest, who is 14, now corrects her English at the dinner table. But her mother and younger brother remain in Afghanistan, where the Taliban have barred women from most jobs and girls from school beyond Grade 6.

The Calgary Catholic Immigration Society, which has helped resettle thousands of Afghans in southern Alberta since 2021, says requests for help with family sponsorship have more than doubled in the past year.

"Families arrive and for the first six months they're in survival mode. After that, the grief sets in for the people they left behind," said Maryam Haidari, a settlement counsellor at the society who came to Canada as a refugee herself in 2001.

In an emailed statement, Immigration, Refugees and Citizenship Canada said it had welcomed more than 40,000 Afghan nationals since August 2021 and that it "continues to process applications as quickly as possible." The department said it could not comment on individual cases for privacy reasons.

At First Mennonite Church in the city's northeast, a group of 12 volunteers has spent two years raising money to sponsor Farid's mother and sisters.

"We had a bake sale, a quilt auction and a lot of awkward conversations with our own relatives about money," said Ruth Hildebrand, a retired teacher who leads the group. "We've raised $38,000. We'll find the rest."

Nasrin, 19, who also asked that her real name not be used, came to Calgary alone last year, sponsored by a cousin. She is studying nursing at Bow Valley College.

She said she talks to her younger sister in Herat every week and that her sister always asks her to describe her classes.

"She cannot go to school, so I tell her everything. Every lesson. It's like she's in the class with me," Nasrin said.

Farid said he had stopped counting the months. "When my mother lands at the airport, I will count them then," he said.
''', [
    Q('''he worked for six years as an interpreter for the Canadian Armed Forces in Kandahar before coming to Canada in 2022''',
      "Farid", ("Farid", "Farid, who asked"), "said"),
    Q('''"She asks me every time, 'When?' And every time I tell her, 'Soon,'"''', "Farid", ("he", "he said. \"I have"),
      "said"),
    Q('''"I have been saying soon for two years."''', "Farid", ("he", "he said. \"I have"), "said"),
    Q('''his mother and sisters had been forced to move twice in the past year after police raids on Afghan neighbourhoods in the city''',
      "Farid", ("He", "He said his mother"), "said"),
    Q('''Hundreds of thousands of Afghans have returned or been deported from Pakistan since late 2023''', "UNHCR",
      "the United Nations refugee agency", "according to"),
    Q('''"In Kabul I delivered babies. Here I make croissants,"''', "Zahra", ("she", "she said, laughing"), "said"),
    Q('''"Both are early mornings."''', "Zahra", ("she", "she said, laughing"), "said"),
    Q('''her children had adjusted faster than she had''', "Zahra", ("Zahra", "Zahra said her"), "said"),
    Q('''requests for help with family sponsorship have more than doubled in the past year''',
      "Calgary Catholic Immigration Society", "The Calgary Catholic Immigration Society", "says"),
    Q('''"Families arrive and for the first six months they're in survival mode. After that, the grief sets in for the people they left behind,"''',
      "Maryam Haidari", "Maryam Haidari", "said"),
    Q('''it had welcomed more than 40,000 Afghan nationals since August 2021 and that it "continues to process applications as quickly as possible."''',
      "Immigration, Refugees and Citizenship Canada", "Immigration, Refugees and Citizenship Canada", "said"),
    Q('''it could not comment on individual cases for privacy reasons''', "Immigration, Refugees and Citizenship Canada",
      "The department", "said"),
    Q('''"We had a bake sale, a quilt auction and a lot of awkward conversations with our own relatives about money,"''',
      "Ruth Hildebrand", "Ruth Hildebrand", "said"),
    Q('''"We've raised $38,000. We'll find the rest."''', "Ruth Hildebrand", "Ruth Hildebrand", "said"),
    Q('''she talks to her younger sister in Herat every week and that her sister always asks her to describe her classes''',
      "Nasrin", ("She", "She said she talks"), "said"),
    Q('''"She cannot go to school, so I tell her everything. Every lesson. It's like she's in the class with me,"''',
      "Nasrin", ("Nasrin", "Nasrin said."), "said"),
    Q('''he had stopped counting the months''', "Farid", ("Farid", "Farid said he had"), "said"),
    Q('''"When my mother lands at the airport, I will count them then,"''', "Farid", ("he", "he said."), "said"),
], ["Farid", "Zahra", "Maryam Haidari", "Ruth Hildebrand", "Nasrin"],
   ["Canadian Armed Forces", "UNHCR", "Taliban", "Calgary Catholic Immigration Society",
    "Immigration, Refugees and Citizenship Canada", "Bow Valley College"],
   aliases={"UNHCR": ["United Nations refugee agency", "UN Refugee Agency",
                      "United Nations High Commissioner for Refugees"]},
   optional_orgs=["First Mennonite Church"])

# ------------------------------------------------------------------------------------------ 17
A("tune-17", "US state politics (all-caps headline, wire dateline, tech companies)", "2025-03-12", False, '''
IOWA SENATE PASSES BILL REQUIRING AGE CHECKS FOR SOCIAL MEDIA

DES MOINES, Iowa (AP) — The Iowa Senate voted 31-17 on Wednesday to require social media companies to verify the ages of their users and to get a parent's permission before anyone under 16 can open an account, sending the bill to the House.

The bill's sponsor, Republican Sen. Dale Hemmings of Ankeny, said it was modelled on laws passed in Utah and Florida and was aimed at "the algorithms that keep kids scrolling at 2 a.m."

"Parents in my district are not asking us to ban the internet. They're asking for a fighting chance," Hemmings said during floor debate.

All 17 votes against the bill came from Democrats. Sen. Rosa Kettering, D-Iowa City, said she shared concerns about teenagers' mental health but that the bill would force adults to hand over government IDs to tech companies just to prove their age.

"We're going to make every Iowan upload a driver's license to TikTok. Think about that for a second," Kettering said.

NetChoice, a trade group whose members include Meta, Google and TikTok, said in a statement that the bill was unconstitutional and that it would challenge it in court if it became law. Federal judges have blocked similar laws in Arkansas, Ohio and Utah after lawsuits by the group.

"Iowa lawmakers are free to pass this bill, and we are free to sue," said Elena Brzezinski, NetChoice's director of litigation. "The First Amendment doesn't come with an age limit."

A Meta spokesperson said age verification should happen at the app-store level, so that parents would only have to approve a teen's downloads once. TikTok did not respond to a request for comment.

The ACLU of Iowa also opposes the bill, saying it would chill the free speech of young people and adults alike.

Gov. Kim Reynolds has not said whether she would sign the bill. Her spokesperson, Carla Nygaard, said in an email that the governor "shares the goal of protecting Iowa kids online" and would review the final version.

Jenna Larkin of Waukee, whose daughter testified before a Senate committee in February, watched the vote from the gallery.

"My daughter lost a year of her life to an app. If this saves one family from that, it's worth the fight," Larkin said.

Her daughter, Ava, now 16, said she supported the bill but doubted it would work as intended.

"Everyone at my school knows how to get around an age check," Ava said. "But maybe it makes it a little harder, and maybe that's enough for some kids."

The House has until the end of April to take up the measure.
''', [
    Q('''it was modelled on laws passed in Utah and Florida and was aimed at "the algorithms that keep kids scrolling at 2 a.m."''',
      "Dale Hemmings", "Sen. Dale Hemmings", "said"),
    Q('''"Parents in my district are not asking us to ban the internet. They're asking for a fighting chance,"''',
      "Dale Hemmings", ("Hemmings", "Hemmings said during"), "said"),
    Q('''she shared concerns about teenagers' mental health but that the bill would force adults to hand over government IDs to tech companies just to prove their age''',
      "Rosa Kettering", "Sen. Rosa Kettering", "said"),
    Q('''"We're going to make every Iowan upload a driver's license to TikTok. Think about that for a second,"''',
      "Rosa Kettering", ("Kettering", "Kettering said."), "said"),
    Q('''the bill was unconstitutional and that it would challenge it in court if it became law''', "NetChoice",
      ("NetChoice", "NetChoice, a trade group"), "said"),
    Q('''"Iowa lawmakers are free to pass this bill, and we are free to sue,"''', "Elena Brzezinski",
      "Elena Brzezinski", "said"),
    Q('''"The First Amendment doesn't come with an age limit."''', "Elena Brzezinski", "Elena Brzezinski", "said"),
    Q('''age verification should happen at the app-store level, so that parents would only have to approve a teen's downloads once''',
      "a Meta spokesperson", "A Meta spokesperson", "said"),
    Q('''it would chill the free speech of young people and adults alike''', "ACLU of Iowa", "The ACLU of Iowa",
      "saying"),
    Q('''the governor "shares the goal of protecting Iowa kids online" and would review the final version''',
      "Carla Nygaard", "Carla Nygaard", "said"),
    Q('''"My daughter lost a year of her life to an app. If this saves one family from that, it's worth the fight,"''',
      "Jenna Larkin", ("Larkin", "Larkin said."), "said"),
    Q('''she supported the bill but doubted it would work as intended''', "Ava", ("Ava", "Ava, now 16"), "said"),
    Q('''"Everyone at my school knows how to get around an age check,"''', "Ava", ("Ava", "Ava said."), "said"),
    Q('''"But maybe it makes it a little harder, and maybe that's enough for some kids."''', "Ava",
      ("Ava", "Ava said."), "said"),
], ["Dale Hemmings", "Rosa Kettering", "Elena Brzezinski", "Kim Reynolds", "Carla Nygaard", "Jenna Larkin", "Ava"],
   ["Iowa Senate", "NetChoice", "Meta", "Google", "TikTok", "ACLU of Iowa"],
   optional_orgs=["The Associated Press", "Republican Party", "Democratic Party", "Democrats",
                  "Iowa House of Representatives"])

# ------------------------------------------------------------------------------------------ 18
A("tune-18", "tech / AI startup layoffs (LinkedIn posts, camel-case names)", "2024-06-11", False, '''
Montreal AI startup QuillMind lays off a third of its staff, pivots to health care

MONTREAL — QuillMind, a Montreal artificial intelligence startup that raised $42 million in 2022 on the promise of AI-drafted legal contracts, has laid off 38 of its 110 employees and will shift its focus to health care, its chief executive announced Tuesday.

In a LinkedIn post, co-founder and CEO Karim Benslimane said the decision was "the hardest I have made in my career" and that the company no longer had the money to compete with much larger players in legal AI.

"When we started QuillMind in 2021, drafting a contract with AI was science fiction. Eighteen months later it was a feature in a chatbot," Benslimane wrote. "We can be honest about that or we can go down pretending. I choose honest."

QuillMind was spun out of research at Mila, the Quebec artificial intelligence institute founded by Yoshua Bengio, and was once one of the best-funded legal-tech startups in Canada. But since the release of ChatGPT in late 2022, OpenAI, Microsoft and Google have all added contract drafting to their general-purpose assistants, and Harvey, a San Francisco legal AI company backed by OpenAI's startup fund, has signed up many of the large law firms QuillMind had courted.

The company's new product, QuillMind Scribe, listens to conversations between doctors and patients and drafts clinical notes in English and French. Benslimane said a pilot at two clinics in Laval had cut the time physicians spent on paperwork by about 40 per cent.

He said the product stores all patient data in Canada to comply with Quebec's privacy law, known as Law 25.

Several laid-off employees also posted on LinkedIn. Chloé Fortin-Nadeau, a machine-learning engineer who joined QuillMind in 2022, wrote that she was "proud of what this team built" and grateful that the company had offered 12 weeks of severance and extended health benefits until the end of the year.

QuillMind's lead investor, Montreal-based Fleuve Capital, said in a statement that it continued to back the team and saw "a much larger market" in clinical documentation than in legal drafting.

"This is the story of a hundred AI startups right now," said Jonathan Adeyemi-Roy, a partner at Toronto-based Northpoint Capital who was not an investor in QuillMind. "Whatever you built on top of a foundation model in 2022, there's a good chance OpenAI or Google shipped it for free in 2024. The survivors are the ones who own a workflow or a data set nobody else has."

QuillMind now has 72 employees, the company said.
''', [
    Q('''QuillMind, a Montreal artificial intelligence startup that raised $42 million in 2022 on the promise of AI-drafted legal contracts, has laid off 38 of its 110 employees and will shift its focus to health care''',
      "Karim Benslimane", ("its chief executive", "its chief executive announced"), "announced"),
    Q('''the decision was "the hardest I have made in my career" and that the company no longer had the money to compete with much larger players in legal AI''',
      "Karim Benslimane", "CEO Karim Benslimane", "said"),
    Q('''"When we started QuillMind in 2021, drafting a contract with AI was science fiction. Eighteen months later it was a feature in a chatbot,"''',
      "Karim Benslimane", ("Benslimane", "Benslimane wrote"), "wrote"),
    Q('''"We can be honest about that or we can go down pretending. I choose honest."''', "Karim Benslimane",
      ("Benslimane", "Benslimane wrote"), "wrote"),
    Q('''a pilot at two clinics in Laval had cut the time physicians spent on paperwork by about 40 per cent''',
      "Karim Benslimane", ("Benslimane", "Benslimane said a pilot"), "said"),
    Q('''the product stores all patient data in Canada to comply with Quebec's privacy law, known as Law 25''',
      "Karim Benslimane", ("He", "He said the product"), "said"),
    Q('''she was "proud of what this team built" and grateful that the company had offered 12 weeks of severance and extended health benefits until the end of the year''',
      "Chloé Fortin-Nadeau", "Chloé Fortin-Nadeau", "wrote"),
    Q('''it continued to back the team and saw "a much larger market" in clinical documentation than in legal drafting''',
      "Fleuve Capital", "Fleuve Capital", "said"),
    Q('''"This is the story of a hundred AI startups right now,"''', "Jonathan Adeyemi-Roy", "Jonathan Adeyemi-Roy",
      "said"),
    Q('''"Whatever you built on top of a foundation model in 2022, there's a good chance OpenAI or Google shipped it for free in 2024. The survivors are the ones who own a workflow or a data set nobody else has."''',
      "Jonathan Adeyemi-Roy", "Jonathan Adeyemi-Roy", "said"),
    Q('''QuillMind now has 72 employees''', "QuillMind", ("the company", "the company said."), "said"),
], ["Karim Benslimane", "Yoshua Bengio", "Chloé Fortin-Nadeau", "Jonathan Adeyemi-Roy"],
   ["QuillMind", "Mila", "OpenAI", "Microsoft", "Google", "Harvey", "Fleuve Capital", "Northpoint Capital"],
   optional_orgs=["LinkedIn"])

# ------------------------------------------------------------------------------------------ 19
A("tune-19", "international diplomacy / trade talks (acronyms, anonymous official)", "2025-10-27", True, '''
Canada, ASEAN agree to speed up trade talks as Ottawa looks beyond the U.S.

KUALA LUMPUR, Malaysia (CP) — Canada and the Association of Southeast Asian Nations (ASEAN) agreed Monday to speed up negotiations on a free trade agreement that both sides now hope to conclude next year.

Prime Minister Mark Carney, attending his first ASEAN summit, told reporters the agreement was central to Canada's effort to find new markets for exporters hit by U.S. tariffs.

"There are close to 700 million people in this region and some of the fastest-growing economies in the world. Canadian businesses should be here, and now they will be," Carney said.

Talks on a Canada-ASEAN free trade agreement began in 2021 but moved slowly until this year. The ASEAN Secretariat said in a statement that negotiators would now meet every six weeks and had "substantially concluded" chapters on customs procedures and small business.

The Canada-ASEAN Business Council (CABC), which represents Canadian companies active in the region, said a deal could double Canadian exports to Southeast Asia within a decade.

"Our members have been waiting for this since talks began. Southeast Asia is not a side bet any more," said Lindsay Marchand-Oh, the CABC's executive director.

A senior Canadian official, who spoke on condition of anonymity because the talks are confidential, said the main sticking points were rules for state-owned enterprises, market access for dairy and poultry, and labour standards.

"Supply management is not on the table. Our partners know that," the official said.

Indonesia's chief negotiator, Bambang Wicaksono, said his country wanted better access for palm oil and processed foods, and fewer barriers for its workers in Canada's temporary foreign worker program.

"We are ready to move quickly if Canada is. The question is whether Ottawa is ready to open doors it has kept closed," he said.

U.S. President Donald Trump, whose tariffs on Canadian steel, aluminum and autos have pushed Ottawa to look for other markets, also attended the summit on Sunday.

Ha-eun Park, a senior analyst at the Asia Pacific Foundation of Canada, said a deal would matter less for its tariff cuts than for the signal it would send to Canadian companies that have long treated Southeast Asia as an afterthought.

"Canadian firms have a habit of looking south first and everywhere else second. This could break that habit," Park said.
''', [
    Q('''the agreement was central to Canada's effort to find new markets for exporters hit by U.S. tariffs''',
      "Mark Carney", "Prime Minister Mark Carney", "told"),
    Q('''"There are close to 700 million people in this region and some of the fastest-growing economies in the world. Canadian businesses should be here, and now they will be,"''',
      "Mark Carney", ("Carney", "Carney said."), "said"),
    Q('''negotiators would now meet every six weeks and had "substantially concluded" chapters on customs procedures and small business''',
      "ASEAN Secretariat", "The ASEAN Secretariat", "said"),
    Q('''a deal could double Canadian exports to Southeast Asia within a decade''', "Canada-ASEAN Business Council",
      "The Canada-ASEAN Business Council", "said"),
    Q('''"Our members have been waiting for this since talks began. Southeast Asia is not a side bet any more,"''',
      "Lindsay Marchand-Oh", "Lindsay Marchand-Oh", "said"),
    Q('''the main sticking points were rules for state-owned enterprises, market access for dairy and poultry, and labour standards''',
      "a senior Canadian official", "A senior Canadian official", "said"),
    Q('''"Supply management is not on the table. Our partners know that,"''', "a senior Canadian official",
      "the official", "said"),
    Q('''his country wanted better access for palm oil and processed foods, and fewer barriers for its workers in Canada's temporary foreign worker program''',
      "Bambang Wicaksono", "Bambang Wicaksono", "said"),
    Q('''"We are ready to move quickly if Canada is. The question is whether Ottawa is ready to open doors it has kept closed,"''',
      "Bambang Wicaksono", ("he", "he said."), "said"),
    Q('''a deal would matter less for its tariff cuts than for the signal it would send to Canadian companies that have long treated Southeast Asia as an afterthought''',
      "Ha-eun Park", "Ha-eun Park", "said"),
    Q('''"Canadian firms have a habit of looking south first and everywhere else second. This could break that habit,"''',
      "Ha-eun Park", ("Park", "Park said."), "said"),
], ["Mark Carney", "Lindsay Marchand-Oh", "Bambang Wicaksono", "Donald Trump", "Ha-eun Park"],
   ["Association of Southeast Asian Nations", "ASEAN Secretariat", "Canada-ASEAN Business Council",
    "Asia Pacific Foundation of Canada"],
   aliases={"Association of Southeast Asian Nations": ["ASEAN"], "Canada-ASEAN Business Council": ["CABC"]},
   optional_orgs=["The Canadian Press"])

# ------------------------------------------------------------------------------------------ 20
A("tune-20", "provincial politics (Alberta, all-caps headline, premier / minister / critic)", "2025-06-10", False, '''
ALBERTA PROMISES 14 RURAL CLINICS AS NDP WARNS OF DOCTOR SHORTAGE

EDMONTON — Alberta will spend $210 million over three years to open 14 primary care clinics in rural communities that have lost their family doctors, Health Minister Corinne Vandermeer announced Tuesday.

Premier Danielle Smith said the clinics would be staffed by teams of doctors, nurse practitioners and paramedics rather than by a single physician, so that a town would not lose its only source of care when one doctor retired.

"For too long, if you lived in a small town in this province, you were told to drive two hours and then wait six more in an emergency room. That's not good enough," Smith said at an event in Drumheller.

Vandermeer said the first four clinics, in Drumheller, Hanna, Vegreville and Pincher Creek, would open by next spring. She said the province had already recruited 31 nurse practitioners through a new pay model introduced last year.

The minister said the clinics would be run by Primary Care Alberta, the agency created last year when the government broke up Alberta Health Services.

The money comes on top of $85 million set aside in the spring budget for virtual care, which lets patients in remote communities see a doctor by video.

NDP health critic Luanne Metz said the announcement "papers over" a shortage that has left hundreds of thousands of Albertans without a family doctor.

"Clinics don't see patients. Doctors and nurses do," Metz said. "The premier can cut all the ribbons she wants. Until this government fixes how it pays family physicians, those buildings will sit half-empty."

In a statement, the Alberta Medical Association (AMA) said it welcomed the new clinics but that physicians needed "a seat at the table" in deciding how they are staffed. The AMA said it had not been consulted on the locations.

Hanna Mayor Gloria Tschetter said her town of about 2,400 people lost its last two full-time family doctors in 2023.

"People have been leaving town to get care, and some of them just leave town for good," she said. "A clinic with real staff in it would change that."

Smith said the government would report publicly every six months on how many patients the clinics see. "If it's not working, Albertans will know, and we'll fix it," the premier said.
''', [
    Q('''Alberta will spend $210 million over three years to open 14 primary care clinics in rural communities that have lost their family doctors''',
      "Corinne Vandermeer", "Health Minister Corinne Vandermeer", "announced"),
    Q('''the clinics would be staffed by teams of doctors, nurse practitioners and paramedics rather than by a single physician, so that a town would not lose its only source of care when one doctor retired''',
      "Danielle Smith", "Premier Danielle Smith", "said"),
    Q('''"For too long, if you lived in a small town in this province, you were told to drive two hours and then wait six more in an emergency room. That's not good enough,"''',
      "Danielle Smith", ("Smith", "Smith said at"), "said"),
    Q('''the first four clinics, in Drumheller, Hanna, Vegreville and Pincher Creek, would open by next spring''',
      "Corinne Vandermeer", ("Vandermeer", "Vandermeer said the first"), "said"),
    Q('''the province had already recruited 31 nurse practitioners through a new pay model introduced last year''',
      "Corinne Vandermeer", ("She", "She said the province"), "said"),
    Q('''the clinics would be run by Primary Care Alberta, the agency created last year when the government broke up Alberta Health Services''',
      "Corinne Vandermeer", "The minister", "said"),
    Q('''the announcement "papers over" a shortage that has left hundreds of thousands of Albertans without a family doctor''',
      "Luanne Metz", "NDP health critic Luanne Metz", "said"),
    Q('''"Clinics don't see patients. Doctors and nurses do,"''', "Luanne Metz", ("Metz", "Metz said."), "said"),
    Q('''"The premier can cut all the ribbons she wants. Until this government fixes how it pays family physicians, those buildings will sit half-empty."''',
      "Luanne Metz", ("Metz", "Metz said."), "said"),
    Q('''it welcomed the new clinics but that physicians needed "a seat at the table" in deciding how they are staffed''',
      "Alberta Medical Association", "the Alberta Medical Association", "said"),
    Q('''it had not been consulted on the locations''', "Alberta Medical Association", ("The AMA", "The AMA said"),
      "said"),
    Q('''her town of about 2,400 people lost its last two full-time family doctors in 2023''', "Gloria Tschetter",
      "Mayor Gloria Tschetter", "said"),
    Q('''"People have been leaving town to get care, and some of them just leave town for good,"''',
      "Gloria Tschetter", ("she", "she said. \"A clinic"), "said"),
    Q('''"A clinic with real staff in it would change that."''', "Gloria Tschetter", ("she", "she said. \"A clinic"),
      "said"),
    Q('''the government would report publicly every six months on how many patients the clinics see''',
      "Danielle Smith", ("Smith", "Smith said the government"), "said"),
    Q('''"If it's not working, Albertans will know, and we'll fix it,"''', "Danielle Smith", "the premier", "said"),
], ["Corinne Vandermeer", "Danielle Smith", "Luanne Metz", "Gloria Tschetter"],
   ["Primary Care Alberta", "Alberta Health Services", "Alberta Medical Association"],
   optional_orgs=["Alberta New Democratic Party", "NDP"])
