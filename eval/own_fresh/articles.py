"""eval/own_fresh: 20 made-up news articles, hand-annotated (see README.md).

Q(quote_text, speaker, mention, cue) and A(...) are defined in ../annotation.py; ../build.py
computes every offset: python3 eval/build.py eval/own_fresh
"""
from annotation import ARTICLES, A, Q  # noqa: F401

# --------------------------------------------------------------------------------------------
A("fresh-01", "city council vote", "2025-06-11", False, '''
Saskatoon council narrowly backs downtown arena district after marathon debate

Saskatoon city council voted 6-5 early Wednesday to move ahead with a downtown arena and entertainment district, ending a meeting that ran past 1 a.m. and drew more than 40 speakers from across the city.

The $1.2-billion plan would replace SaskTel Centre, the arena on the city's northern edge, with a new building on six downtown blocks between the river and the rail yards.

"This is the biggest decision this council will make in a generation, and I don't take it lightly," Mayor Everett Kaminski said before casting the deciding vote.

Kaminski said the district would bring "tens of thousands of people a week" into a downtown core that has struggled to recover since the pandemic.

Coun. Darlene Bearstail, who represents Ward 2 and voted against the plan, warned that the city was taking on more risk than residents had been told.

"We are being asked to sign a blank cheque," Bearstail told council. "Every number in this report has a footnote, and every footnote says the cost could go up."

According to a financial review prepared for the city by the accounting firm Lindqvist Harrow LLP, property taxes would need to rise by about 0.8 per cent a year for five years to cover the municipal share of the cost.

The provincial government has committed $150 million. Premier Scott Moe said last month that the province "will be there" for the project, but his office declined to say Tuesday whether more money would follow.

The Saskatoon Tribal Council (STC), which signed a memorandum in March to become an equity partner in the district's hotel, welcomed the result.

"Our nations have been part of this city's story from the beginning. Now we will have a seat at the table where the decisions are made," Vice-Chief Aurora Kinequon said in a statement.

A spokesperson for the STC said the partnership could create about 300 permanent jobs, many of them for young people from member First Nations.

Business groups lined up behind the plan. Marisol Tolentino, executive director of the Saskatoon Downtown Business Association, said vacancy rates on some blocks had passed 20 per cent.

"Empty storefronts don't fill themselves," Tolentino said. "People need a reason to come downtown after five o'clock, and right now we don't give them one."

Not every speaker agreed. Ahmed Qureshi, a retired civil engineer who lives in Nutana, told council the projected attendance figures were "wishful thinking."

"I built roads and bridges in this province for 35 years," Qureshi said. "I have never once seen a project finish under budget when the budget was written by the people who wanted it built."

Coun. Tobias Wiebe, who had been undecided, voted in favour after council passed his amendment capping the city's contribution at $400 million.

"With the cap, I can look my residents in the eye and tell them what they are paying for," Wiebe said.

Bearstail was not persuaded. "A cap is only a cap until the next council votes to lift it," she said.

Council will vote on a final funding agreement in October. Construction could begin in 2027, according to city staff, with the arena opening no earlier than the 2030-31 hockey season.
''', [
    Q('''"This is the biggest decision this council will make in a generation, and I don't take it lightly,"''',
      "Everett Kaminski", "Mayor Everett Kaminski", "said"),
    Q('the district would bring "tens of thousands of people a week" into a downtown core that has struggled to recover since the pandemic',
      "Everett Kaminski", "Kaminski", "said"),
    Q("the city was taking on more risk than residents had been told",
      "Darlene Bearstail", "Coun. Darlene Bearstail", "warned"),
    Q('"We are being asked to sign a blank cheque,"', "Darlene Bearstail", "Bearstail", "told"),
    Q('"Every number in this report has a footnote, and every footnote says the cost could go up."',
      "Darlene Bearstail", "Bearstail", "told"),
    Q('the province "will be there" for the project', "Scott Moe", "Premier Scott Moe", "said"),
    Q('''"Our nations have been part of this city's story from the beginning. Now we will have a seat at the table where the decisions are made,"''',
      "Aurora Kinequon", "Vice-Chief Aurora Kinequon", "said"),
    Q("the partnership could create about 300 permanent jobs, many of them for young people from member First Nations",
      "a spokesperson for the STC", "A spokesperson for the STC", "said"),
    Q("vacancy rates on some blocks had passed 20 per cent", "Marisol Tolentino", "Marisol Tolentino", "said"),
    Q('''"Empty storefronts don't fill themselves,"''', "Marisol Tolentino", "Tolentino", "said"),
    Q('''"People need a reason to come downtown after five o'clock, and right now we don't give them one."''',
      "Marisol Tolentino", "Tolentino", "said"),
    Q('the projected attendance figures were "wishful thinking."', "Ahmed Qureshi", "Ahmed Qureshi", "told"),
    Q('"I built roads and bridges in this province for 35 years,"', "Ahmed Qureshi", "Qureshi", "said"),
    Q('"I have never once seen a project finish under budget when the budget was written by the people who wanted it built."',
      "Ahmed Qureshi", "Qureshi", "said"),
    Q('"With the cap, I can look my residents in the eye and tell them what they are paying for,"',
      "Tobias Wiebe", "Wiebe", "said"),
    Q('"A cap is only a cap until the next council votes to lift it,"', "Darlene Bearstail", "she", "said"),
    Q("Construction could begin in 2027", "city staff", "city staff", "according to"),
], people=["Everett Kaminski", "Darlene Bearstail", "Scott Moe", "Aurora Kinequon", "Marisol Tolentino",
           "Ahmed Qureshi", "Tobias Wiebe"],
   orgs=["Lindqvist Harrow LLP", "Saskatoon Tribal Council", "Saskatoon Downtown Business Association"],
   optional_orgs=["SaskTel Centre", "Saskatoon city council"])

# --------------------------------------------------------------------------------------------
A("fresh-02", "hospital / health system (UK)", "2025-02-11", True, '''
Hospital trust declares critical incident as patients wait days for beds

A hospital trust in West Yorkshire declared a critical incident on Monday after more than 90 patients spent the night in corridors and side rooms at its main emergency department, with some waiting more than three days for a ward bed.

Pennine Vale Hospitals NHS Foundation Trust, which runs Calderbrook General Hospital and two smaller sites, has cancelled all non-urgent operations for the rest of the week and asked staff on leave to return if they can.

"We are under extreme and sustained pressure and we are taking every step we can to keep patients safe," the trust said in a statement on Monday afternoon.

Its chief executive, Professor Fenella Castellanos, said flu admissions had doubled in a fortnight while about 140 beds were occupied by patients who were well enough to leave but had nowhere to go.

"Every one of those patients is someone's parent or grandparent who should be at home or in a care home, not on a hospital ward," Castellanos said. "Until social care has the staff and the money to take them, our front door will stay blocked."

Dr Rashid Mahmood, an emergency medicine consultant at Calderbrook, said paramedics had queued with patients on trolleys outside the ambulance entrance for much of Sunday night.

"I have worked in emergency medicine for 19 years and I have never felt as ashamed of the care we are able to give," he said.

He added that nurses were treating patients in chairs for up to 40 hours.

Gwenllian Pryce, 58, said her father, who is 86 and has dementia, had been on a trolley in a corridor since Saturday evening.

"The staff have been wonderful, genuinely, but he hasn't seen daylight for two days," she said. "He keeps asking me whether he's done something wrong."

The Royal College of Nursing (RCN) said the conditions were "a national scandal that has become routine." Bernadette O'Rourke, the union's regional director for Yorkshire and the Humber, said corridor care was now happening all year round.

"Nurses are being asked to give intimate care to patients in full view of the public," O'Rourke said. "They did not come into the profession to do that, and many of them are telling us they will not stay in it."

The RCN represents about half a million nurses, midwives and nursing support workers across the UK.

The Royal College of Emergency Medicine said in a separate statement that the situation at Calderbrook was "not an outlier" and that long waits in emergency departments were linked to thousands of excess deaths each year.

The Health Secretary, Wes Streeting, has said that ending corridor care is a priority for the government. A Department of Health and Social Care spokesperson said: "We are investing to cut waiting times and to get patients who are ready to leave out of hospital faster."

NHS England said it was in contact with the trust and with the regional integrated care board.

Castellanos said she expected the critical incident to last at least until the end of the week.

"We will stand it down when it is safe to do so, and not before," she said.
''', [
    Q('"We are under extreme and sustained pressure and we are taking every step we can to keep patients safe,"',
      "Pennine Vale Hospitals NHS Foundation Trust", "the trust", "said"),
    Q("flu admissions had doubled in a fortnight while about 140 beds were occupied by patients who were well enough to leave but had nowhere to go",
      "Fenella Castellanos", "Professor Fenella Castellanos", "said"),
    Q('''"Every one of those patients is someone's parent or grandparent who should be at home or in a care home, not on a hospital ward,"''',
      "Fenella Castellanos", "Castellanos", "said"),
    Q('"Until social care has the staff and the money to take them, our front door will stay blocked."',
      "Fenella Castellanos", "Castellanos", "said"),
    Q("paramedics had queued with patients on trolleys outside the ambulance entrance for much of Sunday night",
      "Rashid Mahmood", "Dr Rashid Mahmood", "said"),
    Q('"I have worked in emergency medicine for 19 years and I have never felt as ashamed of the care we are able to give,"',
      "Rashid Mahmood", "he", "said"),
    Q("nurses were treating patients in chairs for up to 40 hours", "Rashid Mahmood", "He", "added"),
    Q("her father, who is 86 and has dementia, had been on a trolley in a corridor since Saturday evening",
      "Gwenllian Pryce", "Gwenllian Pryce", "said"),
    Q('''"The staff have been wonderful, genuinely, but he hasn't seen daylight for two days,"''',
      "Gwenllian Pryce", "she", "said"),
    Q('''"He keeps asking me whether he's done something wrong."''', "Gwenllian Pryce", "she", "said"),
    Q('the conditions were "a national scandal that has become routine."', "Royal College of Nursing",
      "The Royal College of Nursing", "said"),
    Q("corridor care was now happening all year round", "Bernadette O'Rourke", "Bernadette O'Rourke", "said"),
    Q('"Nurses are being asked to give intimate care to patients in full view of the public,"',
      "Bernadette O'Rourke", "O'Rourke", "said"),
    Q('"They did not come into the profession to do that, and many of them are telling us they will not stay in it."',
      "Bernadette O'Rourke", "O'Rourke", "said"),
    Q('the situation at Calderbrook was "not an outlier" and that long waits in emergency departments were linked to thousands of excess deaths each year',
      "Royal College of Emergency Medicine", "The Royal College of Emergency Medicine", "said"),
    Q("ending corridor care is a priority for the government", "Wes Streeting", "Wes Streeting", "said"),
    Q('"We are investing to cut waiting times and to get patients who are ready to leave out of hospital faster."',
      "a Department of Health and Social Care spokesperson",
      "A Department of Health and Social Care spokesperson", "said"),
    Q("it was in contact with the trust and with the regional integrated care board", "NHS England",
      "NHS England", "said"),
    Q("she expected the critical incident to last at least until the end of the week", "Fenella Castellanos",
      "Castellanos", "said"),
    Q('"We will stand it down when it is safe to do so, and not before,"', "Fenella Castellanos", "she", "said"),
], people=["Fenella Castellanos", "Rashid Mahmood", "Gwenllian Pryce", "Bernadette O'Rourke", "Wes Streeting"],
   orgs=["Pennine Vale Hospitals NHS Foundation Trust", "Royal College of Nursing",
         "Royal College of Emergency Medicine", "Department of Health and Social Care", "NHS England"],
   optional_orgs=["Calderbrook General Hospital", "Calderbrook"])

# --------------------------------------------------------------------------------------------
A("fresh-03", "criminal trial verdict with victim's family (US)", "2023-10-27", False, '''
Jury convicts man in shooting death of Albuquerque food truck owner

ALBUQUERQUE, N.M. (AP) — A jury on Thursday found a 31-year-old man guilty of second-degree murder in the 2022 shooting death of a food truck owner during an argument over a parking space.

Travis Dunleavy was also convicted of tampering with evidence after jurors deliberated for about six hours over two days in the death of Andrés Villalobos, 54, who ran a popular green chile cheeseburger truck near the University of New Mexico.

Prosecutors said Dunleavy shot Villalobos twice in the chest in August 2022 after an argument about where Dunleavy had parked his pickup, which blocked the truck's serving window. Dunleavy's lawyers argued he fired in self-defense because he believed Villalobos was reaching for a weapon. No weapon was found.

As the verdict was read, Villalobos' widow, Lucía Villalobos, bowed her head and gripped her son's hand.

"Two years we waited for someone to say out loud that what happened to Andrés was wrong," Lucía Villalobos said outside the courthouse. "Today twelve people said it."

Her son, Mateo Villalobos, 26, took over the truck after his father's death and has kept it open six days a week.

"My dad fed half of this neighborhood, and he never once asked anybody to pay when they couldn't," Mateo Villalobos told reporters. "That's who this man took from us."

Assistant District Attorney Nia Okereke told jurors in her closing argument that Dunleavy had "made a choice in a parking lot that no reasonable person would make."

"Mr. Villalobos was holding a spatula," she said. "He was holding a spatula, and he died for it."

District Attorney Sam Bregman said in a statement that the jury had "delivered justice for a family that never stopped fighting for it."

During the weeklong trial, Albuquerque Police Department Detective Ramona Cruz-Whitaker testified that Dunleavy drove to his sister's home in Rio Rancho after the shooting and hid the handgun in a crawl space. Police said at the time that Dunleavy turned himself in two days after the shooting.

Defense attorney Colleen Varga said her client was disappointed and would appeal.

"Travis has maintained from day one that he was afraid for his life, and we still believe the jury did not hear the whole story," Varga said.

District Judge Felipe Arroyo-Mendez set sentencing for Jan. 12. Dunleavy faces up to 15 years in prison on the murder charge.

Outside the courthouse, Mateo said he had not decided whether he would speak at the sentencing hearing.

"Part of me wants him to hear exactly what he did to us. Part of me never wants to be in a room with him again," he said.

His mother said she had already written her statement.

"I am not going to forgive him. I'm not there yet, and maybe I never will be," his mother said quietly. "But for the first time since it happened, I think I can sleep tonight."

The truck, which the family renamed Andrés' Kitchen after his death, will be closed through the weekend, Mateo said. It reopens Monday.
''', [
    Q("Dunleavy shot Villalobos twice in the chest in August 2022 after an argument about where Dunleavy had parked his pickup, which blocked the truck's serving window",
      "prosecutors", "Prosecutors", "said"),
    Q("he fired in self-defense because he believed Villalobos was reaching for a weapon",
      "Dunleavy's lawyers", "Dunleavy's lawyers", "argued"),
    Q('"Two years we waited for someone to say out loud that what happened to Andrés was wrong,"',
      "Lucía Villalobos", "Lucía Villalobos", "said"),
    Q('"Today twelve people said it."', "Lucía Villalobos", "Lucía Villalobos", "said"),
    Q('''"My dad fed half of this neighborhood, and he never once asked anybody to pay when they couldn't,"''',
      "Mateo Villalobos", "Mateo Villalobos", "told"),
    Q('''"That's who this man took from us."''', "Mateo Villalobos", "Mateo Villalobos", "told"),
    Q('Dunleavy had "made a choice in a parking lot that no reasonable person would make."',
      "Nia Okereke", "Assistant District Attorney Nia Okereke", "told"),
    Q('"Mr. Villalobos was holding a spatula,"', "Nia Okereke", "she", "said"),
    Q('"He was holding a spatula, and he died for it."', "Nia Okereke", "she", "said"),
    Q('the jury had "delivered justice for a family that never stopped fighting for it."',
      "Sam Bregman", "District Attorney Sam Bregman", "said"),
    Q("Dunleavy drove to his sister's home in Rio Rancho after the shooting and hid the handgun in a crawl space",
      "Ramona Cruz-Whitaker", "Detective Ramona Cruz-Whitaker", "testified"),
    Q("Dunleavy turned himself in two days after the shooting", "Albuquerque Police Department", "Police", "said"),
    Q("her client was disappointed and would appeal", "Colleen Varga", "Colleen Varga", "said"),
    Q('"Travis has maintained from day one that he was afraid for his life, and we still believe the jury did not hear the whole story,"',
      "Colleen Varga", "Varga", "said"),
    Q("he had not decided whether he would speak at the sentencing hearing", "Mateo Villalobos", "Mateo", "said"),
    Q('"Part of me wants him to hear exactly what he did to us. Part of me never wants to be in a room with him again,"',
      "Mateo Villalobos", "he", "said"),
    Q("she had already written her statement", "Lucía Villalobos", "His mother", "said"),
    Q('''"I am not going to forgive him. I'm not there yet, and maybe I never will be,"''',
      "Lucía Villalobos", "his mother", "said"),
    Q('"But for the first time since it happened, I think I can sleep tonight."', "Lucía Villalobos",
      "his mother", "said"),
    Q("The truck, which the family renamed Andrés' Kitchen after his death, will be closed through the weekend",
      "Mateo Villalobos", "Mateo", "said"),
], people=["Travis Dunleavy", "Andrés Villalobos", "Lucía Villalobos", "Mateo Villalobos", "Nia Okereke",
           "Sam Bregman", "Ramona Cruz-Whitaker", "Colleen Varga", "Felipe Arroyo-Mendez"],
   orgs=["Albuquerque Police Department", "Andrés' Kitchen", "University of New Mexico"],
   aliases={"Mateo Villalobos": ["Mateo"], "Travis Dunleavy": ["Travis"], "Andrés Villalobos": ["Andrés"]},
   optional_orgs=["AP"])

# --------------------------------------------------------------------------------------------
A("fresh-04", "refugee resettlement feature (Canada)", "2024-08-09", True, '''
After 14 months in a Cairo apartment, a Sudanese family finds its footing in Moncton

MONCTON, N.B. — The first thing Abdelrahim Osman Babiker bought in Canada was a snow shovel. It was July.

"Everyone told me about the winter, so I wanted to be ready," he said, laughing, on the front step of the rented duplex in Moncton's north end where his family has lived since the spring. "My neighbour says I will have the cleanest driveway on the street."

Babiker, 44, his wife Hawa Ismail and their four children arrived in Moncton in April after fleeing the war in Sudan and spending 14 months in Cairo waiting for their case to be processed.

Roughly 4,300 Sudanese nationals have come to Canada since last year under special federal measures, according to Immigration, Refugees and Citizenship Canada (IRCC).

The family was privately sponsored by the Riverview Welcome Circle, a group of about 20 neighbours, retirees and church members who raised more than $38,000 to cover their first year.

"We thought we were doing something for them," said Gerald Thibodeau, a retired high school principal who chairs the group. "It turns out they have done at least as much for us."

In Khartoum, Babiker worked as a civil engineer for the water utility. Hawa Ismail taught chemistry. Both now take English classes four mornings a week, and Babiker has started a job on a construction crew.

"I don't mind the work. I carried concrete when I was 20 and I can carry it now," he said. "But one day I want to design the building, not only build it."

Hawa Ismail said through an interpreter that the hardest part of their journey had not been the war itself but the months of waiting.

"In Cairo, every day was the same day," she said. "You wake up, you check your phone for an email from the embassy, and there is nothing. Then you go to sleep."

Their eldest daughter, Amna, 15, says she has already decided to become a doctor.

"At school they asked me what I want to be, and I said a doctor, and nobody laughed," Amna said.

Settlement workers at the Multicultural Association of the Greater Moncton Area (MAGMA) say the number of newcomers arriving in the region has outpaced the supply of affordable housing.

"The sponsors are doing incredible work, but they can't build apartments," said Yolande Nkurunziza, a settlement counsellor with MAGMA who came to Canada from Burundi in 2009. "We have families staying in motels while they look."

She said MAGMA served more than 9,000 clients last year, up from about 5,500 two years earlier.

Immigration Minister Marc Miller has said the government wants newcomers spread more evenly across the country, including to smaller cities in Atlantic Canada.

In a statement, a spokesperson for IRCC said the department "continues to process applications from Sudanese nationals as quickly as possible" and that security screening could not be rushed.

Back on the front step, Babiker scrolled through photos of the family's old house in Khartoum.

"I don't know if I will see it again," he said. "My children will grow up here. That is the answer to the question, I think."
''', [
    Q('"Everyone told me about the winter, so I wanted to be ready,"', "Abdelrahim Osman Babiker", "he", "said"),
    Q('"My neighbour says I will have the cleanest driveway on the street."', "Abdelrahim Osman Babiker", "he", "said"),
    Q("Roughly 4,300 Sudanese nationals have come to Canada since last year under special federal measures",
      "Immigration, Refugees and Citizenship Canada", "Immigration, Refugees and Citizenship Canada",
      "according to"),
    Q('"We thought we were doing something for them,"', "Gerald Thibodeau", "Gerald Thibodeau", "said"),
    Q('"It turns out they have done at least as much for us."', "Gerald Thibodeau", "Gerald Thibodeau", "said"),
    Q('''"I don't mind the work. I carried concrete when I was 20 and I can carry it now,"''',
      "Abdelrahim Osman Babiker", "he", "said"),
    Q('"But one day I want to design the building, not only build it."', "Abdelrahim Osman Babiker", "he", "said"),
    Q("the hardest part of their journey had not been the war itself but the months of waiting",
      "Hawa Ismail", "Hawa Ismail", "said"),
    Q('"In Cairo, every day was the same day,"', "Hawa Ismail", "she", "said"),
    Q('"You wake up, you check your phone for an email from the embassy, and there is nothing. Then you go to sleep."',
      "Hawa Ismail", "she", "said"),
    Q("she has already decided to become a doctor", "Amna", "Amna", "says"),
    Q('"At school they asked me what I want to be, and I said a doctor, and nobody laughed,"', "Amna", "Amna", "said"),
    Q("the number of newcomers arriving in the region has outpaced the supply of affordable housing",
      "settlement workers at MAGMA", "Settlement workers", "say"),
    Q('''"The sponsors are doing incredible work, but they can't build apartments,"''', "Yolande Nkurunziza",
      "Yolande Nkurunziza", "said"),
    Q('"We have families staying in motels while they look."', "Yolande Nkurunziza", "Yolande Nkurunziza", "said"),
    Q("MAGMA served more than 9,000 clients last year, up from about 5,500 two years earlier",
      "Yolande Nkurunziza", "She", "said"),
    Q("the government wants newcomers spread more evenly across the country, including to smaller cities in Atlantic Canada",
      "Marc Miller", "Immigration Minister Marc Miller", "said"),
    Q('the department "continues to process applications from Sudanese nationals as quickly as possible" and that security screening could not be rushed',
      "a spokesperson for IRCC", "a spokesperson for IRCC", "said"),
    Q('''"I don't know if I will see it again,"''', "Abdelrahim Osman Babiker", "he", "said"),
    Q('"My children will grow up here. That is the answer to the question, I think."',
      "Abdelrahim Osman Babiker", "he", "said"),
], people=["Abdelrahim Osman Babiker", "Hawa Ismail", "Amna", "Gerald Thibodeau", "Yolande Nkurunziza",
           "Marc Miller"],
   orgs=["Immigration, Refugees and Citizenship Canada", "Riverview Welcome Circle",
         "Multicultural Association of the Greater Moncton Area"])

# --------------------------------------------------------------------------------------------
A("fresh-05", "energy / climate policy (Australia)", "2025-09-03", False, '''
Gippsland offshore wind project wins federal approval as fishers vow to fight on

MELBOURNE (AAP) - The federal government has approved the first stage of a $9 billion wind farm off the Gippsland coast, clearing the way for up to 70 turbines in Bass Strait despite fierce opposition from the local fishing industry.

Climate Change and Energy Minister Chris Bowen announced the decision on Wednesday in Lakes Entrance, describing the Southern Reach Offshore Wind project as "a once-in-a-generation chance to keep the lights on and the jobs in Gippsland."

"The coal stations in the Latrobe Valley are closing. That's not a political opinion, it's a timetable," Mr Bowen told reporters. "The question is what replaces them, and who gets the work."

The project is being developed by a consortium led by Melbourne-based Tidewater Renewables and the Danish fund manager Nordvind Capital Partners. It is expected to generate 1.4 gigawatts, enough to power about 900,000 homes, according to the developers.

Tidewater's chief executive, Siobhan Kearney-Walsh, said the company would set up a training centre in Sale and expected to employ 1,500 people at the peak of construction.

"We want a welder in Morwell to look at this and see a career, not a press release," she said.

The East Gippsland Commercial Fishers Association (EGCFA) said the turbines would close off some of the richest scallop and flathead grounds in the strait. Its president, Dimitri Kallergis, a third-generation fisherman, said the consultation had been "a box-ticking exercise from start to finish."

"They came to us with maps that were already drawn," Mr Kallergis said. "My grandfather fished these waters when there was nothing out there but albatross. Now they want us to steer around a forest of steel."

The EGCFA said it was considering a legal challenge in the Federal Court.

The Nationals MP for Gippsland, Darren Chester, said he supported new investment in the region but that the fishing industry "deserves a proper seat at the table, not a fold-out chair at the back of the room."

The Clean Energy Council, the industry's peak body, welcomed the approval. "Offshore wind is a huge opportunity for regional Victoria, and today's decision sends a clear signal to investors," the council's policy director, Harriet Onwuachi, said in a statement.

Under the conditions attached to the approval, the developers must fund an independent monitoring program for whales and seabirds and pay into a compensation scheme for affected fishers, according to documents released by the Department of Climate Change, Energy, the Environment and Water (DCCEEW).

Environment groups were divided. Dr Tomasina Ruatapu of the Australian Marine Conservation Society said the conditions were "a good start" but that the monitoring needed to begin well before construction.

The minister said he understood the fishers' concerns and would meet the association next month.

"I respect these people enormously. They've got salt water in their veins," he said. "But I'm not going to tell a kid in Traralgon that there's no job for him because we couldn't find a way to share the ocean."

Construction is expected to begin in 2028, with first power in 2031, the developers said.
''', [
    Q('"a once-in-a-generation chance to keep the lights on and the jobs in Gippsland."', "Chris Bowen",
      "Climate Change and Energy Minister Chris Bowen", "describing"),
    Q('''"The coal stations in the Latrobe Valley are closing. That's not a political opinion, it's a timetable,"''',
      "Chris Bowen", "Mr Bowen", "told"),
    Q('"The question is what replaces them, and who gets the work."', "Chris Bowen", "Mr Bowen", "told"),
    Q("It is expected to generate 1.4 gigawatts, enough to power about 900,000 homes", "the developers",
      "the developers", "according to"),
    Q("the company would set up a training centre in Sale and expected to employ 1,500 people at the peak of construction",
      "Siobhan Kearney-Walsh", "Siobhan Kearney-Walsh", "said"),
    Q('"We want a welder in Morwell to look at this and see a career, not a press release,"',
      "Siobhan Kearney-Walsh", "she", "said"),
    Q("the turbines would close off some of the richest scallop and flathead grounds in the strait",
      "East Gippsland Commercial Fishers Association", "The East Gippsland Commercial Fishers Association", "said"),
    Q('the consultation had been "a box-ticking exercise from start to finish."', "Dimitri Kallergis",
      "Dimitri Kallergis", "said"),
    Q('"They came to us with maps that were already drawn,"', "Dimitri Kallergis", "Mr Kallergis", "said"),
    Q('"My grandfather fished these waters when there was nothing out there but albatross. Now they want us to steer around a forest of steel."',
      "Dimitri Kallergis", "Mr Kallergis", "said"),
    Q("it was considering a legal challenge in the Federal Court", "East Gippsland Commercial Fishers Association",
      "The EGCFA", "said"),
    Q('he supported new investment in the region but that the fishing industry "deserves a proper seat at the table, not a fold-out chair at the back of the room."',
      "Darren Chester", "Darren Chester", "said"),
    Q('''"Offshore wind is a huge opportunity for regional Victoria, and today's decision sends a clear signal to investors,"''',
      "Harriet Onwuachi", "Harriet Onwuachi", "said"),
    Q('the conditions were "a good start" but that the monitoring needed to begin well before construction',
      "Tomasina Ruatapu", "Dr Tomasina Ruatapu", "said"),
    Q("he understood the fishers' concerns and would meet the association next month", "Chris Bowen",
      "The minister", "said"),
    Q('''"I respect these people enormously. They've got salt water in their veins,"''', "Chris Bowen", "he", "said"),
    Q('''"But I'm not going to tell a kid in Traralgon that there's no job for him because we couldn't find a way to share the ocean."''',
      "Chris Bowen", "he", "said"),
    Q("Construction is expected to begin in 2028, with first power in 2031", "the developers", "the developers",
      "said"),
], people=["Chris Bowen", "Siobhan Kearney-Walsh", "Dimitri Kallergis", "Darren Chester", "Harriet Onwuachi",
           "Tomasina Ruatapu"],
   orgs=["Tidewater Renewables", "Nordvind Capital Partners", "East Gippsland Commercial Fishers Association",
         "Clean Energy Council", "Department of Climate Change, Energy, the Environment and Water",
         "Australian Marine Conservation Society"],
   aliases={"Tidewater Renewables": ["Tidewater"]},
   optional_orgs=["AAP", "Federal Court", "Nationals", "Southern Reach Offshore Wind"])

# --------------------------------------------------------------------------------------------
A("fresh-06", "tech regulation / AI (EU)", "2025-08-02", True, '''
EU rules for general-purpose AI models take effect as start-ups count the cost

BRUSSELS — New European Union obligations for companies that build general-purpose artificial intelligence models took effect on Saturday, requiring developers to document how their systems were trained, publish summaries of their training data and respect copyright opt-outs.

The rules, part of the EU's Artificial Intelligence Act, apply to models placed on the European market from Aug. 2. Models already on the market have until 2027 to comply.

Henna Virkkunen, the European Commission's executive vice-president for tech sovereignty, said the obligations would give users and businesses "the trust they need to adopt AI at scale."

"Europe is not choosing between innovation and rules. Good rules are what make innovation last," Virkkunen told reporters in Brussels on Friday.

The commission's AI Office, which will supervise the largest models, said it would focus in the first year on "dialogue rather than sanctions" with providers that signed a voluntary code of practice.

Fines for breaches of the general-purpose AI rules can reach 3 per cent of a company's global annual turnover or 15 million euros, whichever is higher.

Smaller developers say the compliance burden falls hardest on them.

Inês Carvalho-Mendes, co-founder of Veridia Labs, a Lisbon start-up with 23 employees that builds Portuguese-language models for hospitals and law firms, said her company had spent about 180,000 euros on lawyers and consultants since January.

"That is two engineers we did not hire," she said. "The big American labs have compliance departments bigger than our whole company. We have me, a spreadsheet and a lot of coffee."

Veridia Labs has signed the code of practice. Carvalho-Mendes said she supported the goal of transparency but called the commission's training-data template "a paperwork avalanche."

The tech industry group CCIA Europe, whose members include Google, Amazon and Apple, said the guidance had arrived "far too late" for companies to prepare properly.

Civil-society groups argue the opposite. European Digital Rights (EDRi), a Brussels-based network of advocacy organizations, said the code of practice had been "watered down under industry pressure" and that the AI Office lacked the staff to enforce it.

"Voluntary codes written together with the companies they are meant to restrain are not regulation," said Rasmus Holmqvist, a senior policy adviser at EDRi. "They are a press release with footnotes."

Italian MEP Brando Benifei, who steered the law through the European Parliament, wrote on X that the commission must "use every tool it has" if companies ignore the rules.

A commission spokesperson said the AI Office had hired more than 100 staff and would keep recruiting through 2026.

EDRi said it would publish a public tracker showing which companies had signed the code and which had not.

Back in Lisbon, Carvalho-Mendes was philosophical.

"We will comply. We are Europeans, we like rules," she said, laughing. "We just wish they came with fewer annexes."
''', [
    Q('the obligations would give users and businesses "the trust they need to adopt AI at scale."',
      "Henna Virkkunen", "Henna Virkkunen", "said"),
    Q('"Europe is not choosing between innovation and rules. Good rules are what make innovation last,"',
      "Henna Virkkunen", "Virkkunen", "told"),
    Q('it would focus in the first year on "dialogue rather than sanctions" with providers that signed a voluntary code of practice',
      "AI Office", "AI Office", "said"),
    Q("the compliance burden falls hardest on them", "smaller developers", "Smaller developers", "say"),
    Q("her company had spent about 180,000 euros on lawyers and consultants since January",
      "Inês Carvalho-Mendes", "Inês Carvalho-Mendes", "said"),
    Q('"That is two engineers we did not hire,"', "Inês Carvalho-Mendes", "she", "said"),
    Q('"The big American labs have compliance departments bigger than our whole company. We have me, a spreadsheet and a lot of coffee."',
      "Inês Carvalho-Mendes", "she", "said"),
    Q("she supported the goal of transparency", "Inês Carvalho-Mendes", "Carvalho-Mendes", "said"),
    Q('"a paperwork avalanche."', "Inês Carvalho-Mendes", "Carvalho-Mendes", "called"),
    Q('the guidance had arrived "far too late" for companies to prepare properly', "CCIA Europe",
      "CCIA Europe", "said"),
    Q('the code of practice had been "watered down under industry pressure" and that the AI Office lacked the staff to enforce it',
      "European Digital Rights", "European Digital Rights", "said"),
    Q('"Voluntary codes written together with the companies they are meant to restrain are not regulation,"',
      "Rasmus Holmqvist", "Rasmus Holmqvist", "said"),
    Q('"They are a press release with footnotes."', "Rasmus Holmqvist", "Rasmus Holmqvist", "said"),
    Q('the commission must "use every tool it has" if companies ignore the rules', "Brando Benifei",
      "Italian MEP Brando Benifei", "wrote"),
    Q("the AI Office had hired more than 100 staff and would keep recruiting through 2026",
      "a commission spokesperson", "A commission spokesperson", "said"),
    Q("it would publish a public tracker showing which companies had signed the code and which had not",
      "European Digital Rights", "EDRi", "said"),
    Q('"We will comply. We are Europeans, we like rules,"', "Inês Carvalho-Mendes", "she", "said"),
    Q('"We just wish they came with fewer annexes."', "Inês Carvalho-Mendes", "she", "said"),
], people=["Henna Virkkunen", "Inês Carvalho-Mendes", "Rasmus Holmqvist", "Brando Benifei"],
   orgs=["European Union", "European Commission", "AI Office", "Veridia Labs", "CCIA Europe", "Google", "Amazon",
         "Apple", "European Digital Rights", "European Parliament"],
   aliases={"European Digital Rights": ["EDRi"]},
   optional_orgs=["X"])

# --------------------------------------------------------------------------------------------
A("fresh-07", "election campaign stop (UK 2024)", "2024-06-12", True, '''
Davey swaps paddleboard for pedalo as Lib Dems target Surrey commuter belt

Sir Ed Davey has fallen off a paddleboard, ridden a water slide and tried his hand at Zumba since the general election campaign began. On Wednesday, the Liberal Democrat leader chose something gentler: a pedalo on the boating lake in Ashcombe Park.

"I'm told this is the safe option. I'm not sure my team believes it," Sir Ed said as he climbed in beside Ottilie Mbatha-Grey, the party's candidate for Ashcombe and Thursley.

A senior Liberal Democrat official said the stunts were a deliberate strategy to get voters "looking long enough to hear what we have to say."

The Conservatives won the predecessor seat by more than 11,000 votes in 2019, but the Liberal Democrats took control of the local council last year, and a YouGov poll published on Monday put the party on 14 per cent nationally, its best figure of the campaign.

Mbatha-Grey, a 41-year-old GP and former councillor, said voters on the doorstep raised sewage in rivers more than any other issue.

"People here are furious. Children can't paddle in the River Wey without their parents checking a pollution map first," she said. "That is not the country anyone in this town grew up in."

The party's manifesto pledges to abolish Ofwat, the water regulator, and replace it with a tougher body. A spokesperson for South Downs Water, which serves much of the constituency, said the company was investing £1.2 billion in its sewage network over five years and that spills from storm overflows had fallen by a third since 2021.

The Conservative candidate, Rupert Ashdown, said Sir Ed's campaign was "all splash and no substance." Reform UK's candidate, Gary Pettigrew, did not respond to a request for comment.

On the lake shore, opinions were mixed. Callum Fairweather, 68, a retired train driver, was feeding the ducks when the Lib Dem leader's battle bus pulled up.

"I've voted Conservative all my life and I'm not sure I can do it this time," said Callum Fairweather. "But I'm not sure a man on a pedalo is the answer either."

Saoirse Nakamura-Byrne, 29, a nurse at the nearby community hospital, was more enthusiastic.

"My mum waited eleven hours in A&E in March," she said. "If he's serious about care, he's got my vote. I don't care what boat he's in."

After a 15-minute circuit of the lake, Sir Ed told reporters that the party had "never been in a stronger position" in Surrey.

"I'll do whatever it takes to get people talking about care. If that means I get wet, I get wet," he said.

Asked whether he planned to fall in this time, he laughed. "Not today. I've learned my lesson," he said.
''', [
    Q('''"I'm told this is the safe option. I'm not sure my team believes it,"''', "Ed Davey", "Sir Ed", "said"),
    Q('the stunts were a deliberate strategy to get voters "looking long enough to hear what we have to say."',
      "a senior Liberal Democrat official", "A senior Liberal Democrat official", "said"),
    Q("voters on the doorstep raised sewage in rivers more than any other issue", "Ottilie Mbatha-Grey",
      "Mbatha-Grey", "said"),
    Q('''"People here are furious. Children can't paddle in the River Wey without their parents checking a pollution map first,"''',
      "Ottilie Mbatha-Grey", "she", "said"),
    Q('"That is not the country anyone in this town grew up in."', "Ottilie Mbatha-Grey", "she", "said"),
    Q("the company was investing £1.2 billion in its sewage network over five years and that spills from storm overflows had fallen by a third since 2021",
      "a spokesperson for South Downs Water", "A spokesperson for South Downs Water", "said"),
    Q('''Sir Ed's campaign was "all splash and no substance."''', "Rupert Ashdown", "Rupert Ashdown", "said"),
    Q('''"I've voted Conservative all my life and I'm not sure I can do it this time,"''', "Callum Fairweather",
      "Callum Fairweather", "said"),
    Q('''"But I'm not sure a man on a pedalo is the answer either."''', "Callum Fairweather",
      "Callum Fairweather", "said"),
    Q('"My mum waited eleven hours in A&E in March,"', "Saoirse Nakamura-Byrne", "she", "said"),
    Q('''"If he's serious about care, he's got my vote. I don't care what boat he's in."''',
      "Saoirse Nakamura-Byrne", "she", "said"),
    Q('the party had "never been in a stronger position" in Surrey', "Ed Davey", "Sir Ed", "told"),
    Q('"I\'ll do whatever it takes to get people talking about care. If that means I get wet, I get wet,"',
      "Ed Davey", "he", "said"),
    Q('''"Not today. I've learned my lesson,"''', "Ed Davey", "he", "said"),
], people=["Ed Davey", "Ottilie Mbatha-Grey", "Rupert Ashdown", "Gary Pettigrew", "Callum Fairweather",
           "Saoirse Nakamura-Byrne"],
   orgs=["Liberal Democrats", "Conservatives", "YouGov", "Ofwat", "South Downs Water", "Reform UK"],
   aliases={"Ed Davey": ["Sir Ed"], "Liberal Democrats": ["Lib Dems", "Lib Dem", "Liberal Democrat"],
            "Conservatives": ["Conservative"]})

# --------------------------------------------------------------------------------------------
A("fresh-08", "soccer post-game (Canadian Premier League)", "2024-07-21", False, '''
Asante-Boateng's late header lifts Atlético Ottawa past Pacific FC

OTTAWA — Kwame Asante-Boateng had not scored in 11 matches. He picked a good moment to end the drought.

The 24-year-old forward rose above two defenders to head home a corner in the 88th minute Saturday, giving Atlético Ottawa a 2-1 win over Pacific FC at TD Place and moving the home side three points clear at the top of the Canadian Premier League (CPL) table.

"I've been waiting for that one for a long time. Too long," Asante-Boateng said afterward, still wearing his boots in the tunnel. "The coach kept telling me, 'Stay patient, it will come.' I'm glad he was right, because I was starting to doubt it."

Pacific had taken the lead in the 34th minute through Tevita Fifita, who curled a free kick over the wall from 25 metres. Ottawa equalized six minutes after halftime when midfielder Joaquín Sepúlveda converted a penalty.

Ottawa head coach Mauro Benedetti said his team had been "too nervous, too slow" in the first half.

"At halftime I didn't shout. I just asked them if they wanted to be the team that finishes first or the team that talks about finishing first," Benedetti said. "The second half was the answer."

Benedetti, who took over in January after four seasons in Uruguay's top flight, singled out goalkeeper Haruto Ishikawa-Gill, who made a diving save on Fifita in the 80th minute.

"Without Haruto, we are talking about a draw or a loss. He kept us alive," the coach said.

Ishikawa-Gill, a Vancouver native who joined Ottawa last year from a club in Japan's J2 League, said the save was "mostly instinct."

"I saw his hips open and I guessed. Sometimes you guess right," he said.

Pacific coach Ruairí Doherty was blunt about his side's defending on the winning goal.

"We talked all week about set pieces. All week," Doherty said. "And then we leave the best header in the league alone at the back post. That's on us, that's on me."

He added that the team would "look hard at the tape" before hosting Forge FC on Wednesday.

Fifita, whose goal was his seventh of the season, said the dressing room was "gutted."

"We deserved something tonight," he said. "But you don't get points for deserving it."

The crowd of 7,412 was the largest at TD Place this season, according to the club, which is owned by the Spanish giant Atlético de Madrid.

Ottawa visits York United FC next Saturday.
''', [
    Q('''"I've been waiting for that one for a long time. Too long,"''', "Kwame Asante-Boateng", "Asante-Boateng",
      "said"),
    Q('''"The coach kept telling me, 'Stay patient, it will come.' I'm glad he was right, because I was starting to doubt it."''',
      "Kwame Asante-Boateng", "Asante-Boateng", "said"),
    Q('his team had been "too nervous, too slow" in the first half', "Mauro Benedetti", "Mauro Benedetti", "said"),
    Q('''"At halftime I didn't shout. I just asked them if they wanted to be the team that finishes first or the team that talks about finishing first,"''',
      "Mauro Benedetti", "Benedetti", "said"),
    Q('"The second half was the answer."', "Mauro Benedetti", ("Benedetti", 'Benedetti said. "The second'), "said"),
    Q('"Without Haruto, we are talking about a draw or a loss. He kept us alive,"', "Mauro Benedetti",
      "the coach", "said"),
    Q('the save was "mostly instinct."', "Haruto Ishikawa-Gill", "Ishikawa-Gill", "said"),
    Q('"I saw his hips open and I guessed. Sometimes you guess right,"', "Haruto Ishikawa-Gill", "he", "said"),
    Q('"We talked all week about set pieces. All week,"', "Ruairí Doherty", "Doherty", "said"),
    Q('''"And then we leave the best header in the league alone at the back post. That's on us, that's on me."''',
      "Ruairí Doherty", "Doherty", "said"),
    Q('the team would "look hard at the tape" before hosting Forge FC on Wednesday', "Ruairí Doherty", "He",
      "added"),
    Q('the dressing room was "gutted."', "Tevita Fifita", "Fifita", "said"),
    Q('"We deserved something tonight,"', "Tevita Fifita", "he", "said"),
    Q('''"But you don't get points for deserving it."''', "Tevita Fifita", "he", "said"),
    Q("The crowd of 7,412 was the largest at TD Place this season", "Atlético Ottawa", "the club",
      "according to"),
], people=["Kwame Asante-Boateng", "Tevita Fifita", "Joaquín Sepúlveda", "Mauro Benedetti",
           "Haruto Ishikawa-Gill", "Ruairí Doherty"],
   orgs=["Atlético Ottawa", "Pacific FC", "Canadian Premier League", "J2 League", "Forge FC",
         "Atlético de Madrid", "York United FC"],
   aliases={"Haruto Ishikawa-Gill": ["Haruto"], "Pacific FC": ["Pacific"]},
   optional_orgs=["TD Place"])

# --------------------------------------------------------------------------------------------
A("fresh-09", "all-caps headline, basketball post-game (WNBA)", None, True, '''
VALKYRIES STUN LYNX AS OYELOWO DROPS 31, TAUROA DISHES 12

SAN FRANCISCO — Adaeze Oyelowo scored 31 points, Kiri Tauroa added 12 assists and the Golden State Valkyries erased a 17-point deficit to beat the Minnesota Lynx 84-79 on Sunday night in front of a sellout crowd at Chase Center.

Oyelowo, a second-year forward who grew up in Lagos and played her college basketball at the University of Oregon, scored 19 in the second half, including a step-back three with 48 seconds left that gave Golden State its first lead since the opening minutes.

"Honestly? I wasn't thinking. Kiri found me, the defender went under, and I let it go," Oyelowo said. "When the building gets that loud you kind of stop hearing yourself."

Tauroa, the New Zealand point guard who signed with the Valkyries in the off-season, had nine of her assists after halftime.

"We stopped trying to win it all in one possession," Tauroa said. "Coach told us at the half to be boring, so we were boring. Boring works."

Valkyries coach Natalie Nakase said the turnaround began on defense.

"We were soft in the first half. I told them that, and they didn't argue, which tells you they knew it," Nakase said. "The second half, we guarded. That's who we are when we're at our best."

Minnesota led 52-35 early in the third quarter behind 14 points from Signe Halvorsen, the Danish center. Halvorsen finished with 22 points and 11 rebounds but went 1 for 6 from the field in the fourth quarter.

Lynx coach Cheryl Reeve said her team "stopped moving the ball" once the Valkyries switched to a zone.

"Give them credit, they made the adjustment and we didn't," Reeve said. "That's a coaching thing. That's on me."

Halvorsen said the Lynx would move on quickly.

"It's one game. We'll watch it tomorrow and then we'll delete it," she said.

The win moved Golden State to 9-4, a game behind Minnesota in the Western Conference standings. The WNBA said Sunday's crowd of 18,064 was the league's largest of the season so far.

Reserve guard Mireya Castañeda scored 11 points off the bench, including three 3-pointers in the fourth quarter.

"I've been sitting a lot this month, and that's fine, that's the job," Castañeda said. "When your name is called, you have to be ready."

Oyelowo, asked about the crowd chanting her name in the final minute, smiled.

"I'll remember that one for a long time," she said. "Maybe forever."
''', [
    Q('''"Honestly? I wasn't thinking. Kiri found me, the defender went under, and I let it go,"''',
      "Adaeze Oyelowo", "Oyelowo", "said"),
    Q('"When the building gets that loud you kind of stop hearing yourself."', "Adaeze Oyelowo", "Oyelowo", "said"),
    Q('"We stopped trying to win it all in one possession,"', "Kiri Tauroa", "Tauroa", "said"),
    Q('"Coach told us at the half to be boring, so we were boring. Boring works."', "Kiri Tauroa", "Tauroa", "said"),
    Q("the turnaround began on defense", "Natalie Nakase", "Natalie Nakase", "said"),
    Q('''"We were soft in the first half. I told them that, and they didn't argue, which tells you they knew it,"''',
      "Natalie Nakase", "Nakase", "said"),
    Q('''"The second half, we guarded. That's who we are when we're at our best."''', "Natalie Nakase", "Nakase",
      "said"),
    Q('her team "stopped moving the ball" once the Valkyries switched to a zone', "Cheryl Reeve", "Cheryl Reeve",
      "said"),
    Q('''"Give them credit, they made the adjustment and we didn't,"''', "Cheryl Reeve", "Reeve", "said"),
    Q('''"That's a coaching thing. That's on me."''', "Cheryl Reeve", "Reeve", "said"),
    Q("the Lynx would move on quickly", "Signe Halvorsen", "Halvorsen", "said"),
    Q('''"It's one game. We'll watch it tomorrow and then we'll delete it,"''', "Signe Halvorsen", "she", "said"),
    Q("Sunday's crowd of 18,064 was the league's largest of the season so far", "WNBA", "The WNBA", "said"),
    Q('''"I've been sitting a lot this month, and that's fine, that's the job,"''', "Mireya Castañeda",
      "Castañeda", "said"),
    Q('"When your name is called, you have to be ready."', "Mireya Castañeda", "Castañeda", "said"),
    Q('''"I'll remember that one for a long time,"''', "Adaeze Oyelowo", "she", "said"),
    Q('"Maybe forever."', "Adaeze Oyelowo", "she", "said"),
], people=["Adaeze Oyelowo", "Kiri Tauroa", "Natalie Nakase", "Signe Halvorsen", "Cheryl Reeve",
           "Mireya Castañeda"],
   orgs=["Golden State Valkyries", "Minnesota Lynx", "WNBA", "University of Oregon"],
   aliases={"Kiri Tauroa": ["Kiri"], "Golden State Valkyries": ["Golden State"], "Minnesota Lynx": ["Minnesota"]},
   optional_orgs=["Chase Center", "Western Conference"])

# --------------------------------------------------------------------------------------------
A("fresh-10", "book prize with a list of finalists", "2024-11-19", False, '''
Lucja Wróbel wins Boreal Prize for epistolary novel Dear Mr. Abernathy

THUNDER BAY, Ont. — Lucja Wróbel, a Polish-born former court interpreter who did not publish her first book until she was 58, has won the $60,000 Boreal Prize for Fiction for Dear Mr. Abernathy, a novel told entirely through letters to a man who never writes back.

The prize, now in its ninth year, was presented Tuesday night at a gala at the Thunder Bay Community Auditorium.

The shortlisted books were:

Imogen Tsosie-Clark, Winston Falls
Ravi Chandrasekaran, The Orchard Keepers
Lucja Wróbel, Dear Mr. Abernathy
Kenji Morioka-Fraser, Harbour Lights
Thandiwe Mokoena, Agnes and the Salt Road
Félix Bourassa, Marchand & Fils Limited

Each of the other five finalists receives $7,500.

"I wrote most of this book at my kitchen table at five in the morning, before my grandchildren woke up," Wróbel said in her acceptance speech. "I never imagined anyone outside my family would read it. Tonight I have to imagine it."

The jury, chaired by the Winnipeg novelist Desmond Yellowquill, called the book "a quiet, devastating act of faith in the reader."

In its citation, the jury wrote: "Every letter is a door left open. By the end, the silence on the other side has become the loudest character in the book."

After the ceremony, Yellowquill told reporters the five-member jury had read 147 submissions from 61 publishers.

"It was not unanimous, and I think that's healthy," he said. "But by the last meeting nobody was arguing very hard against it."

Wróbel's publisher, Gideon Mwangi-Hale of Tamarack House, a two-person press based in Kenora, said the press had ordered a 10,000-copy reprint, "more than we have printed of anything, ever."

"We had 400 copies in the warehouse this morning. I suspect we have none now," Mwangi-Hale said.

Among the finalists, Tsosie-Clark's Winston Falls, set in a fictional mill town in northern Ontario, had been considered the favourite by many booksellers. Tsosie-Clark said she was "genuinely, completely thrilled for Lucja."

"She's been the kindest person on this whole tour. If I had to lose to anyone, I'm glad it was her," Tsosie-Clark said.

The Boreal Literary Foundation, which administers the prize, said ticket sales for the gala had doubled from last year. The prize's sponsor, Superior Shores Credit Union, announced it would extend its support for another five years.

Wróbel, who worked for 30 years as a Polish and Russian interpreter in Ontario courtrooms, said she planned to spend some of the money on a trip back to Gdańsk.

"My mother is buried there. I have not been back in 19 years," she said. "I'm going to read her the first letter."
''', [
    Q('"I wrote most of this book at my kitchen table at five in the morning, before my grandchildren woke up,"',
      "Lucja Wróbel", "Wróbel", "said"),
    Q('"I never imagined anyone outside my family would read it. Tonight I have to imagine it."',
      "Lucja Wróbel", "Wróbel", "said"),
    Q('"a quiet, devastating act of faith in the reader."', "the jury", "The jury", "called"),
    Q('"Every letter is a door left open. By the end, the silence on the other side has become the loudest character in the book."',
      "the jury", "the jury", "wrote"),
    Q("the five-member jury had read 147 submissions from 61 publishers", "Desmond Yellowquill", "Yellowquill",
      "told"),
    Q('''"It was not unanimous, and I think that's healthy,"''', "Desmond Yellowquill", "he", "said"),
    Q('"But by the last meeting nobody was arguing very hard against it."', "Desmond Yellowquill", "he", "said"),
    Q('the press had ordered a 10,000-copy reprint, "more than we have printed of anything, ever."',
      "Gideon Mwangi-Hale", "Gideon Mwangi-Hale", "said"),
    Q('"We had 400 copies in the warehouse this morning. I suspect we have none now,"', "Gideon Mwangi-Hale",
      "Mwangi-Hale", "said"),
    Q('she was "genuinely, completely thrilled for Lucja."', "Imogen Tsosie-Clark", "Tsosie-Clark", "said"),
    Q('''"She's been the kindest person on this whole tour. If I had to lose to anyone, I'm glad it was her,"''',
      "Imogen Tsosie-Clark", "Tsosie-Clark", "said"),
    Q("ticket sales for the gala had doubled from last year", "Boreal Literary Foundation",
      "The Boreal Literary Foundation", "said"),
    Q("it would extend its support for another five years", "Superior Shores Credit Union",
      "Superior Shores Credit Union", "announced"),
    Q("she planned to spend some of the money on a trip back to Gdańsk", "Lucja Wróbel", "Wróbel", "said"),
    Q('"My mother is buried there. I have not been back in 19 years,"', "Lucja Wróbel", "she", "said"),
    Q('''"I'm going to read her the first letter."''', "Lucja Wróbel", "she", "said"),
], people=["Lucja Wróbel", "Imogen Tsosie-Clark", "Ravi Chandrasekaran", "Kenji Morioka-Fraser",
           "Thandiwe Mokoena", "Félix Bourassa", "Desmond Yellowquill", "Gideon Mwangi-Hale"],
   orgs=["Tamarack House", "Boreal Literary Foundation", "Superior Shores Credit Union"],
   aliases={"Lucja Wróbel": ["Lucja"]},
   optional_people=["Mr. Abernathy", "Agnes"],
   optional_orgs=["Boreal Prize for Fiction", "Boreal Prize", "Thunder Bay Community Auditorium"])

# --------------------------------------------------------------------------------------------
A("fresh-11", "company merger (business)", "2026-02-23", False, '''
Northlake Foods to merge with Seattle's Cascadia Harvest in $3.1-billion deal

WINNIPEG — Northlake Foods Inc., the Winnipeg-based maker of potato chips, crackers and pretzels, has agreed to merge with Seattle's Cascadia Harvest Co. in a cash-and-stock deal that values the combined company at about $3.1 billion.

The combined company, to be called Northlake Cascadia, will be headquartered in Winnipeg and listed on both the Toronto Stock Exchange and the Nasdaq, Northlake said Monday in a news release.

Northlake shareholders will own about 58 per cent of the new company. Cascadia Harvest shareholders will receive 0.74 Northlake shares plus US$4.10 in cash for each share they hold, according to the release.

"This is a merger of two family companies that grew up a long way apart and ended up making the same bet: that people will pay a little more for a snack they can trust," Northlake chief executive Dariusz Kowalczyk-Boyd said on a call with analysts.

Northlake was founded in 1962 by Kowalczyk-Boyd's grandparents, Stanisław and Irena Kowalczyk, who fried the first batches of chips in a garage in Winnipeg's North End.

Cascadia Harvest chief executive Marisa Delgado-Whitcomb will become president of the combined company.

"We have spent 20 years trying to crack the Canadian market on our own. Now we don't have to," Delgado-Whitcomb said. "And Northlake gets a sales team that knows every grocery buyer from Anchorage to San Diego."

Kowalczyk-Boyd told analysts the merged company expected about $85 million in annual cost savings within three years, mostly from combining purchasing, distribution and head-office functions. He said no plant closures were planned "at this time."

That phrase did not reassure the union. Unifor, which represents about 600 workers at Northlake's plants in Winnipeg and Brandon, said it was seeking an urgent meeting with management.

Unifor national president Lana Payne said in a statement:

"'At this time' is what companies say right before they close a plant. Our members in Winnipeg and Brandon built this company one shift at a time.

"We expect written guarantees on jobs, not careful wording on an investor call."

Analysts were broadly positive. Desjardins Securities analyst Océane Lapointe wrote in a note to clients that the price was "full but fair" and that the deal gave Northlake "a real foothold in the U.S. natural-foods channel."

Kofi Mensah-Lindberg of RBC Dominion Securities said the combined company would become the largest independent snack maker in North America by revenue.

"Scale matters in this business. The grocery chains are consolidating, and if you are small, you get squeezed on shelf space," Mensah-Lindberg said in an interview.

The deal requires approval from shareholders of both companies and from regulators, including Canada's Competition Bureau and the U.S. Federal Trade Commission (FTC). It is expected to close in the third quarter.

Northlake's shares rose 9.4 per cent to $41.20 on the Toronto Stock Exchange on Monday. Cascadia Harvest stock gained 14 per cent on the Nasdaq.

Manitoba Premier Wab Kinew, speaking at an unrelated event in Brandon, said he had spoken with Kowalczyk-Boyd on Sunday and had been told the head office would stay in Winnipeg "for good."

"I told him Manitoba will hold him to that," Kinew said, smiling. "Politely. But we'll hold him to it."
''', [
    Q("The combined company, to be called Northlake Cascadia, will be headquartered in Winnipeg and listed on both the Toronto Stock Exchange and the Nasdaq",
      "Northlake Foods Inc.", "Northlake", "said"),
    Q('"This is a merger of two family companies that grew up a long way apart and ended up making the same bet: that people will pay a little more for a snack they can trust,"',
      "Dariusz Kowalczyk-Boyd", "Dariusz Kowalczyk-Boyd", "said"),
    Q('''"We have spent 20 years trying to crack the Canadian market on our own. Now we don't have to,"''',
      "Marisa Delgado-Whitcomb", "Delgado-Whitcomb", "said"),
    Q('"And Northlake gets a sales team that knows every grocery buyer from Anchorage to San Diego."',
      "Marisa Delgado-Whitcomb", "Delgado-Whitcomb", "said"),
    Q("the merged company expected about $85 million in annual cost savings within three years, mostly from combining purchasing, distribution and head-office functions",
      "Dariusz Kowalczyk-Boyd", "Kowalczyk-Boyd", "told"),
    Q('no plant closures were planned "at this time."', "Dariusz Kowalczyk-Boyd", "He", "said"),
    Q("it was seeking an urgent meeting with management", "Unifor", ("Unifor", "Unifor, which represents"), "said"),
    Q('''"'At this time' is what companies say right before they close a plant. Our members in Winnipeg and Brandon built this company one shift at a time.

"We expect written guarantees on jobs, not careful wording on an investor call."''',
      "Lana Payne", "Lana Payne", "said"),
    Q('the price was "full but fair" and that the deal gave Northlake "a real foothold in the U.S. natural-foods channel."',
      "Océane Lapointe", "Océane Lapointe", "wrote"),
    Q("the combined company would become the largest independent snack maker in North America by revenue",
      "Kofi Mensah-Lindberg", "Kofi Mensah-Lindberg", "said"),
    Q('"Scale matters in this business. The grocery chains are consolidating, and if you are small, you get squeezed on shelf space,"',
      "Kofi Mensah-Lindberg", "Mensah-Lindberg", "said"),
    Q('he had spoken with Kowalczyk-Boyd on Sunday and had been told the head office would stay in Winnipeg "for good."',
      "Wab Kinew", "Manitoba Premier Wab Kinew", "said"),
    Q('"I told him Manitoba will hold him to that,"', "Wab Kinew", "Kinew", "said"),
    Q('''"Politely. But we'll hold him to it."''', "Wab Kinew", "Kinew", "said"),
], people=["Dariusz Kowalczyk-Boyd", "Stanisław Kowalczyk", "Irena Kowalczyk", "Marisa Delgado-Whitcomb",
           "Lana Payne", "Océane Lapointe", "Kofi Mensah-Lindberg", "Wab Kinew"],
   orgs=["Northlake Foods Inc.", "Cascadia Harvest Co.", "Northlake Cascadia", "Toronto Stock Exchange", "Nasdaq",
         "Unifor", "Desjardins Securities", "RBC Dominion Securities", "Competition Bureau",
         "Federal Trade Commission"],
   aliases={"Northlake Foods Inc.": ["Northlake"], "Stanisław Kowalczyk": ["Stanisław"]})

# --------------------------------------------------------------------------------------------
A("fresh-12", "transit strike (union name with 'and')", "2026-01-13", True, '''
Halifax buses and ferries stop as transit workers walk off the job

HALIFAX — Buses stayed in their garages and the Dartmouth ferry sat tied up at the Alderney terminal Tuesday morning after about 1,000 Halifax Transit workers went on strike, leaving an estimated 80,000 daily riders to find another way to work and school.

The Atlantic Bus and Ferry Operators Union Local 419 (ABFOU) began the strike at 12:01 a.m. after talks with the Halifax Regional Municipality (HRM) broke down late Monday over wages, scheduling and washroom breaks on long routes.

"Nobody in this union wanted to be standing in the cold today," ABFOU president Delroy Mackenzie-Osei told reporters on a picket line outside the Burnside garage. "But we have operators working 11-hour split shifts and driving routes with no washroom for three hours. That is not a job anyone can do for 30 years."

The union says its members are asking for raises of 16 per cent over four years. The municipality has offered 11 per cent.

Mackenzie-Osei said the union had offered to keep the ferries running during the strike and that the municipality had turned the offer down.

In a statement, the municipality said its offer was "fair, competitive and affordable for taxpayers" and that it remained "ready to return to the table at any time."

Mayor Andy Fillmore said he was disappointed but would not negotiate in public.

"I know how hard this is for people who don't have a car, and that's a lot of people in this city," Fillmore said at City Hall. "I want our buses back on the road as soon as possible, and I want a deal that we can afford next year and the year after that."

A spokesperson for Halifax Transit said Access-A-Bus service for people with disabilities would continue for medical appointments only.

Riders at the Mumford terminal were still arriving Tuesday morning, many unaware of the strike. Hoa Nguyen, 52, who cleans offices downtown, said she had walked for 40 minutes before she realized no buses were coming.

"My English is not so good, so I didn't see the news," she said. "My daughter called me and said, 'Mom, there is a strike.' Now I don't know how I get home."

At Dalhousie University, where exams begin next week, the Dalhousie Student Union (DSU) said it was organizing carpools and asked the university to allow remote exams for students who could not get to campus.

"Thousands of students rely on transit. Many of them live in Clayton Park or Dartmouth because that's where rent is cheaper," said DSU president Tariq Al-Sayed. "This strike hits the people with the least money first."

The Halifax Chamber of Commerce said both sides should accept mediation. The last Halifax Transit strike, in 2007, lasted 41 days.

Back on the picket line, Marguerite Sock, a ferry deckhand for 14 years, said she hoped the strike would be short.

"I've got riders who've known me longer than some of my friends have," Sock said. "I miss them already. But I'm not going back for less than we're worth."

The union said its members would picket at all three garages and both ferry terminals around the clock until a deal was reached.
''', [
    Q('"Nobody in this union wanted to be standing in the cold today,"', "Delroy Mackenzie-Osei",
      "Delroy Mackenzie-Osei", "told"),
    Q('"But we have operators working 11-hour split shifts and driving routes with no washroom for three hours. That is not a job anyone can do for 30 years."',
      "Delroy Mackenzie-Osei", "Delroy Mackenzie-Osei", "told"),
    Q("its members are asking for raises of 16 per cent over four years",
      "Atlantic Bus and Ferry Operators Union Local 419", "The union", "says"),
    Q("the union had offered to keep the ferries running during the strike and that the municipality had turned the offer down",
      "Delroy Mackenzie-Osei", "Mackenzie-Osei", "said"),
    Q('its offer was "fair, competitive and affordable for taxpayers" and that it remained "ready to return to the table at any time."',
      "Halifax Regional Municipality", "the municipality", "said"),
    Q("he was disappointed but would not negotiate in public", "Andy Fillmore", "Mayor Andy Fillmore", "said"),
    Q('''"I know how hard this is for people who don't have a car, and that's a lot of people in this city,"''',
      "Andy Fillmore", "Fillmore", "said"),
    Q('"I want our buses back on the road as soon as possible, and I want a deal that we can afford next year and the year after that."',
      "Andy Fillmore", "Fillmore", "said"),
    Q("Access-A-Bus service for people with disabilities would continue for medical appointments only",
      "a spokesperson for Halifax Transit", "A spokesperson for Halifax Transit", "said"),
    Q("she had walked for 40 minutes before she realized no buses were coming", "Hoa Nguyen", "Hoa Nguyen", "said"),
    Q('''"My English is not so good, so I didn't see the news,"''', "Hoa Nguyen", "she", "said"),
    Q('''"My daughter called me and said, 'Mom, there is a strike.' Now I don't know how I get home."''',
      "Hoa Nguyen", "she", "said"),
    Q("it was organizing carpools and asked the university to allow remote exams for students who could not get to campus",
      "Dalhousie Student Union", "the Dalhousie Student Union", "said"),
    Q('''"Thousands of students rely on transit. Many of them live in Clayton Park or Dartmouth because that's where rent is cheaper,"''',
      "Tariq Al-Sayed", "Tariq Al-Sayed", "said"),
    Q('"This strike hits the people with the least money first."', "Tariq Al-Sayed", "Tariq Al-Sayed", "said"),
    Q("both sides should accept mediation", "Halifax Chamber of Commerce", "The Halifax Chamber of Commerce", "said"),
    Q("she hoped the strike would be short", "Marguerite Sock", "Marguerite Sock", "said"),
    Q('''"I've got riders who've known me longer than some of my friends have,"''', "Marguerite Sock", "Sock", "said"),
    Q('''"I miss them already. But I'm not going back for less than we're worth."''', "Marguerite Sock", "Sock",
      "said"),
    Q("its members would picket at all three garages and both ferry terminals around the clock until a deal was reached",
      "Atlantic Bus and Ferry Operators Union Local 419", "The union", "said"),
], people=["Delroy Mackenzie-Osei", "Andy Fillmore", "Hoa Nguyen", "Tariq Al-Sayed", "Marguerite Sock"],
   orgs=["Halifax Transit", "Atlantic Bus and Ferry Operators Union Local 419", "Halifax Regional Municipality",
         "Dalhousie University", "Dalhousie Student Union", "Halifax Chamber of Commerce"],
   aliases={"Atlantic Bus and Ferry Operators Union Local 419": ["ABFOU"]},
   optional_orgs=["City Hall", "Access-A-Bus"])

# --------------------------------------------------------------------------------------------
A("fresh-13", "university research (Australia)", "2025-05-20", False, '''
Heat-tolerant kelp survives Tasmanian marine heatwave in world-first field trial

Giant kelp bred to survive warmer water has come through one of the worst marine heatwaves on record off Tasmania's east coast.

Scientists from the University of Tasmania's Institute for Marine and Antarctic Studies (IMAS) planted 4,000 juvenile kelp at three sites near Maria Island in 2023. Eighteen months later, 61 per cent of the heat-tolerant plants were still alive, compared with 9 per cent of ordinary kelp planted alongside them, according to the study, published on Tuesday in the journal Nature Climate Change.

Giant kelp once formed vast underwater forests along the state's east coast, but more than 95 per cent has been lost since the 1960s as warm currents pushed further south.

"For a long time the story of kelp in Tasmania has been a story of loss," said the study's lead author, Dr Mereana Tipene-Hollis, a marine ecologist at IMAS who grew up in Aotearoa New Zealand. "This is the first time we've been able to tell people something different."

The surviving plants were grown from a small number of wild kelp found still thriving in warm patches of water, which the team identified through years of diving surveys.

"We didn't engineer anything. We went looking for the survivors and asked them to have children," Dr Tipene-Hollis said.

The results showed that the heat-tolerant plants also grew faster during the cooler months.

Co-author Professor Callum Strachan said the team had been "holding our breath" through the 2024 heatwave, when water temperatures at one site stayed more than 2.5 degrees above average for 11 weeks.

"I was out there in February checking the plots and honestly expecting to find nothing," he said. "Instead we had these big, healthy fronds reaching for the surface. I may have shouted into my regulator."

Not everyone is convinced the approach can work at scale. Dr Yuki Hasegawa-Brown, a kelp geneticist at the Commonwealth Scientific and Industrial Research Organisation (CSIRO) who was not involved in the study, said restoring even a fraction of the lost forests would require millions of plants.

"This is a really encouraging result, but 4,000 plants is a garden, not a forest," she said. "The hard part is the next step: growing them cheaply enough, and making sure we don't narrow the gene pool so much that the next problem wipes them out."

CSIRO is running its own kelp trials in Victoria's Port Phillip Bay.

"We'd love to compare notes with the Tasmanian team. Kelp doesn't care about state lines," she added.

The research was funded by the Australian Research Council and by Spring Bay Seafoods, a family-owned abalone and rock lobster business on the east coast. A spokesperson for Spring Bay Seafoods said the company had funded the work because healthy kelp forests supported the fisheries "that our whole coast depends on."

Fishers welcomed the findings. "When the kelp went, the crays went with it," said Rhys Pennicott, president of the Tasmanian Rock Lobster Fishermen's Association. "If these blokes can bring it back, I'll drive the boat for them."

The team now plans to plant 40,000 kelp across 10 hectares by 2027 with help from volunteer divers and the Tasmanian Aboriginal Centre, Dr Tipene-Hollis said.

"Kelp forests are sea country. They're part of a living culture, not just an ecosystem," said Lowana Gardner, a sea country ranger with the centre. "Our old people knew where the kelp grew. We're glad the scientists are finally asking."
''', [
    Q('"For a long time the story of kelp in Tasmania has been a story of loss,"', "Mereana Tipene-Hollis",
      "Dr Mereana Tipene-Hollis", "said"),
    Q('''"This is the first time we've been able to tell people something different."''', "Mereana Tipene-Hollis",
      "Dr Mereana Tipene-Hollis", "said"),
    Q('''"We didn't engineer anything. We went looking for the survivors and asked them to have children,"''',
      "Mereana Tipene-Hollis", "Dr Tipene-Hollis", "said"),
    Q('the team had been "holding our breath" through the 2024 heatwave, when water temperatures at one site stayed more than 2.5 degrees above average for 11 weeks',
      "Callum Strachan", "Professor Callum Strachan", "said"),
    Q('"I was out there in February checking the plots and honestly expecting to find nothing,"',
      "Callum Strachan", "he", "said"),
    Q('"Instead we had these big, healthy fronds reaching for the surface. I may have shouted into my regulator."',
      "Callum Strachan", "he", "said"),
    Q("restoring even a fraction of the lost forests would require millions of plants", "Yuki Hasegawa-Brown",
      "Dr Yuki Hasegawa-Brown", "said"),
    Q('"This is a really encouraging result, but 4,000 plants is a garden, not a forest,"', "Yuki Hasegawa-Brown",
      "she", "said"),
    Q('''"The hard part is the next step: growing them cheaply enough, and making sure we don't narrow the gene pool so much that the next problem wipes them out."''',
      "Yuki Hasegawa-Brown", "she", "said"),
    Q('''"We'd love to compare notes with the Tasmanian team. Kelp doesn't care about state lines,"''',
      "Yuki Hasegawa-Brown", "she", "added"),
    Q('the company had funded the work because healthy kelp forests supported the fisheries "that our whole coast depends on."',
      "a spokesperson for Spring Bay Seafoods", "A spokesperson for Spring Bay Seafoods", "said"),
    Q('"When the kelp went, the crays went with it,"', "Rhys Pennicott", "Rhys Pennicott", "said"),
    Q('''"If these blokes can bring it back, I'll drive the boat for them."''', "Rhys Pennicott", "Rhys Pennicott",
      "said"),
    Q("The team now plans to plant 40,000 kelp across 10 hectares by 2027 with help from volunteer divers and the Tasmanian Aboriginal Centre",
      "Mereana Tipene-Hollis", "Dr Tipene-Hollis", "said"),
    Q('''"Kelp forests are sea country. They're part of a living culture, not just an ecosystem,"''',
      "Lowana Gardner", "Lowana Gardner", "said"),
    Q('''"Our old people knew where the kelp grew. We're glad the scientists are finally asking."''',
      "Lowana Gardner", "Lowana Gardner", "said"),
], people=["Mereana Tipene-Hollis", "Callum Strachan", "Yuki Hasegawa-Brown", "Rhys Pennicott", "Lowana Gardner"],
   orgs=["University of Tasmania", "Institute for Marine and Antarctic Studies",
         "Commonwealth Scientific and Industrial Research Organisation", "Australian Research Council",
         "Spring Bay Seafoods", "Tasmanian Rock Lobster Fishermen's Association", "Tasmanian Aboriginal Centre"],
   optional_orgs=["Nature Climate Change"])

# --------------------------------------------------------------------------------------------
A("fresh-14", "farming / rural (P.E.I.)", None, True, '''
P.E.I. potato growers push to lift irrigation moratorium after third dry summer

CHARLOTTETOWN — Fergus MacPhail has farmed potatoes on the same red-soil fields near Kensington for 41 years. This fall, he dug up the smallest crop he can remember.

"You could fit half my potatoes in a teacup this year," MacPhail said, standing beside a pile of undersized Russet Burbanks outside his storage barn. "The french fry plants don't want them. Nobody wants them."

Prince Edward Island's potato harvest fell by an estimated 18 per cent this year after the third dry summer in four years, according to the P.E.I. Potato Board, which represents the province's roughly 160 growers.

Growers say the solution is irrigation. But since 2002, the province has barred new high-capacity wells for agriculture. Environmental groups say the moratorium protects streams and drinking water.

"Nobody is asking to drain the rivers," said Anneliese Doucette-Koster, the board's chair, who grows seed potatoes with her husband near Alberton. "We're asking to be allowed to farm the way farmers in New Brunswick, Manitoba and Idaho already do."

Doucette-Koster said growers lost an estimated $60 million this season and that several younger farmers had told her they were thinking of selling.

Watershed groups are pushing back.

"Every summer now we have streams that go dry in August and fish kills downstream of fields," said Keir Arsenault-Paul, coordinator of the Wheatley River Watershed Alliance. "You can't solve a water shortage by taking more water out of the ground."

He said the alliance would support irrigation from storage ponds that capture winter runoff but not new deep wells.

P.E.I.'s Department of Environment, Energy and Climate Action said in a statement that groundwater levels "remain stable over the long term" but that a review of the moratorium was underway and would report in the spring.

Federal Agriculture Minister Heath MacDonald, who represents the Island riding of Malpeque, visited MacPhail's farm last month.

"I grew up around these farms. I know what a bad year looks like, and this is a bad year," MacDonald said during the visit, according to a video posted by his office.

MacDonald said Ottawa would speed up payments under federal disaster-relief programs.

Back at his barn, MacPhail said his son, Ewan, had taken an off-farm job in Summerside.

"He says he'll come back when it rains," MacPhail said, laughing. Then he stopped. "I'm not sure it will rain, not the way it used to," he said.
''', [
    Q('"You could fit half my potatoes in a teacup this year,"', "Fergus MacPhail", "MacPhail", "said"),
    Q('''"The french fry plants don't want them. Nobody wants them."''', "Fergus MacPhail", "MacPhail", "said"),
    Q("Prince Edward Island's potato harvest fell by an estimated 18 per cent this year after the third dry summer in four years",
      "P.E.I. Potato Board", "the P.E.I. Potato Board", "according to"),
    Q("the solution is irrigation", "growers", "Growers", "say"),
    Q("the moratorium protects streams and drinking water", "environmental groups", "Environmental groups", "say"),
    Q('"Nobody is asking to drain the rivers,"', "Anneliese Doucette-Koster", "Anneliese Doucette-Koster", "said"),
    Q('''"We're asking to be allowed to farm the way farmers in New Brunswick, Manitoba and Idaho already do."''',
      "Anneliese Doucette-Koster", "Anneliese Doucette-Koster", "said"),
    Q("growers lost an estimated $60 million this season and that several younger farmers had told her they were thinking of selling",
      "Anneliese Doucette-Koster", "Doucette-Koster", "said"),
    Q('"Every summer now we have streams that go dry in August and fish kills downstream of fields,"',
      "Keir Arsenault-Paul", "Keir Arsenault-Paul", "said"),
    Q('''"You can't solve a water shortage by taking more water out of the ground."''', "Keir Arsenault-Paul",
      "Keir Arsenault-Paul", "said"),
    Q("the alliance would support irrigation from storage ponds that capture winter runoff but not new deep wells",
      "Keir Arsenault-Paul", "He", "said"),
    Q('groundwater levels "remain stable over the long term" but that a review of the moratorium was underway and would report in the spring',
      "Department of Environment, Energy and Climate Action",
      "P.E.I.'s Department of Environment, Energy and Climate Action", "said"),
    Q('"I grew up around these farms. I know what a bad year looks like, and this is a bad year,"',
      "Heath MacDonald", "MacDonald", "said"),
    Q("Ottawa would speed up payments under federal disaster-relief programs", "Heath MacDonald", "MacDonald", "said"),
    Q("his son, Ewan, had taken an off-farm job in Summerside", "Fergus MacPhail", "MacPhail", "said"),
    Q('''"He says he'll come back when it rains,"''', "Fergus MacPhail", "MacPhail", "said"),
    Q('"I\'m not sure it will rain, not the way it used to,"', "Fergus MacPhail", "he", "said"),
], people=["Fergus MacPhail", "Anneliese Doucette-Koster", "Keir Arsenault-Paul", "Heath MacDonald", "Ewan"],
   orgs=["P.E.I. Potato Board", "Wheatley River Watershed Alliance",
         "Department of Environment, Energy and Climate Action"],
   aliases={"Ewan": ["Ewan MacPhail"]})

# --------------------------------------------------------------------------------------------
A("fresh-15", "cooking-contest recap (first-name-only contestants)", "2025-11-03", False, '''
Recap: A soufflé collapses, a pierogi redemption and a tearful exit on Knife's Edge Canada

(Spoilers ahead for Episode 7 of Knife's Edge Canada, which aired Sunday on Food Network Canada and is streaming on Crave.)

Seven episodes in, the kitchen on Knife's Edge Canada has started to feel smaller. Six cooks remained at the start of Sunday's episode, and the brief from host Bartholomew Nnadi was simple: cook the dish your family argues about.

"Every family has one dish that starts a fight," Nnadi told the cooks. "I want that fight on a plate in 60 minutes."

Wojciech, the 34-year-old line cook from Mississauga who has spent most of the season near the bottom, went straight for his grandmother's pierogi.

"My mother says my grandmother used too much onion. My grandmother says my mother uses too little. I'm going to settle it tonight," Wojciech said in a confessional.

He did not settle it, exactly, but judge Élodie Marchetti called his potato-and-cheddar pierogi with caramelized onion "the best thing you have made in this competition."

"I've been waiting seven weeks to hear that," Wojciech said, wiping his eyes. "Babcia, if you're watching, you were right about the onions."

Anjali, a pharmacist from Surrey, B.C., and the season's front-runner, made her father's Goan fish curry and won the challenge for the third time.

"My dad and my uncle have argued about whether you put tamarind in this curry for 40 years," Anjali said. "I put it in. Sorry, Uncle Vikram."

Judge Rohan Mehta-Clarke said the curry had "the kind of sourness that makes you sit up straight."

The trouble came at Marisela's station. The Oaxaca-born pastry chef, who now runs a café in Regina, attempted a chocolate-and-chili soufflé, a dessert her brothers apparently insist is not Mexican at all.

With four minutes left, it collapsed.

"I heard it. I swear I heard it fall," Marisela said afterward. "That sound is going to be in my nightmares."

She served it anyway, with a dusting of cinnamon and a scoop of ice cream to cover the crater. Nnadi called it "the bravest plate of the night."

It wasn't enough. In the bottom two with Tavita, whose Samoan oka, raw fish in coconut cream, the judges found underseasoned, Marisela was sent home.

"I came here to show people that a girl from a small town can cook at this level, and I think I did that," she said in her exit interview. "I'm not sad. Okay, I'm a little sad."

Tavita, a former rugby player from Edmonton, said he was "gutted for her" and that he had expected to go home himself.

Dong-hyun and Oksana both finished safely in the middle. Dong-hyun's kimchi jjigae, made from his mother's recipe, drew praise for its depth, while the judges called Oksana's borscht "beautiful but polite."

"Polite! My borscht has never been polite in its life," Oksana protested. "Next week I make it angry."

In a statement, Food Network Canada said the season finale would air Dec. 14 and that the winner would receive $100,000 and a cookbook deal with Penguin Random House Canada.
''', [
    Q('"Every family has one dish that starts a fight,"', "Bartholomew Nnadi", "Nnadi", "told"),
    Q('"I want that fight on a plate in 60 minutes."', "Bartholomew Nnadi", "Nnadi", "told"),
    Q('''"My mother says my grandmother used too much onion. My grandmother says my mother uses too little. I'm going to settle it tonight,"''',
      "Wojciech", "Wojciech", "said"),
    Q('"the best thing you have made in this competition."', "Élodie Marchetti", "Élodie Marchetti", "called"),
    Q('''"I've been waiting seven weeks to hear that,"''', "Wojciech", "Wojciech", "said"),
    Q('''"Babcia, if you're watching, you were right about the onions."''', "Wojciech", "Wojciech", "said"),
    Q('"My dad and my uncle have argued about whether you put tamarind in this curry for 40 years,"', "Anjali",
      "Anjali", "said"),
    Q('"I put it in. Sorry, Uncle Vikram."', "Anjali", "Anjali", "said"),
    Q('the curry had "the kind of sourness that makes you sit up straight."', "Rohan Mehta-Clarke",
      "Judge Rohan Mehta-Clarke", "said"),
    Q('"I heard it. I swear I heard it fall,"', "Marisela", "Marisela", "said"),
    Q('"That sound is going to be in my nightmares."', "Marisela", "Marisela", "said"),
    Q('"the bravest plate of the night."', "Bartholomew Nnadi", "Nnadi", "called"),
    Q('"I came here to show people that a girl from a small town can cook at this level, and I think I did that,"',
      "Marisela", "she", "said"),
    Q('''"I'm not sad. Okay, I'm a little sad."''', "Marisela", "she", "said"),
    Q('he was "gutted for her" and that he had expected to go home himself', "Tavita", "Tavita", "said"),
    Q('"beautiful but polite."', "the judges", "the judges", "called"),
    Q('"Polite! My borscht has never been polite in its life,"', "Oksana", "Oksana", "protested"),
    Q('"Next week I make it angry."', "Oksana", "Oksana", "protested"),
    Q("the season finale would air Dec. 14 and that the winner would receive $100,000 and a cookbook deal with Penguin Random House Canada",
      "Food Network Canada", "Food Network Canada", "said"),
], people=["Bartholomew Nnadi", "Wojciech", "Élodie Marchetti", "Anjali", "Vikram", "Rohan Mehta-Clarke",
           "Marisela", "Tavita", "Dong-hyun", "Oksana"],
   orgs=["Food Network Canada", "Crave", "Penguin Random House Canada"])

# --------------------------------------------------------------------------------------------
A("fresh-16", "small business owner profile", "2024-03-02", True, '''
After 30 years of 4 a.m. starts, a Kitchener baker isn't ready to hang up her apron

KITCHENER, Ont. — The ovens at Crumb & Kettle are lit by 4:15 every morning, and Fidelia Oyelaran has lit them herself for almost 30 years.

"People think the hard part is the early mornings. It isn't. You get used to the mornings," Oyelaran said on a recent weekday, flour to her elbows, as the first trays of sourdough came out. "The hard part is the rent."

Oyelaran opened the shop on King Street East in 1995, three years after arriving in Canada from Ibadan, Nigeria, with a nursing diploma that Ontario would not recognize and, as she puts it, "a very good recipe for puff-puff."

Today Crumb & Kettle sells about 600 loaves a week, along with meat pies, chin chin and butter tarts, to a mix of regulars that the owner describes as "nurses coming off night shift, students, Mennonite farmers and the whole city council, at one time or another."

Her son, Tunde Oyelaran, 33, left a job in software to work alongside her in 2021.

"I kept saying I'd help out on weekends, and then one day I realized I was there every weekend and also every Tuesday," he said. "My mother doesn't ask you to join. She just starts handing you trays."

The bakery's lease is up for renewal in June. The building's owner, Grandview Property Holdings, wants to raise the rent by 38 per cent, Oyelaran said. Grandview Property Holdings did not respond to requests for comment.

Crumb & Kettle is one of 11 downtown businesses facing lease increases of more than 30 per cent this year, according to the Downtown Kitchener Business Improvement Area (BIA).

The Canadian Federation of Independent Business (CFIB) says rent is now the top concern of small retailers in Ontario, ahead of taxes and labour costs.

"We are hearing from owners who survived the pandemic, survived inflation, and are now being priced out by a lease renewal," said Ishaan Venkataraman, the CFIB's director of provincial affairs for Ontario.

The 61-year-old baker said she had looked at moving to a cheaper spot near the highway but couldn't bear to leave.

"My customers walk here. Some of them are 85, 90 years old. Where are they going to go, the highway?" she said. "No. I'll find the money."

One of those customers, Hendrik Bauman, 79, a retired dairy farmer from St. Jacobs, has bought the same raisin loaf every Saturday since 1996.

"My wife liked the raisin bread. She's gone now, and I still buy the raisin bread," Bauman said. "Some habits you keep on purpose."

A GoFundMe campaign started by regulars in February has raised more than $41,000 toward the higher rent. The BIA said it had offered to help the bakery negotiate with the landlord.

The owner said she was "embarrassed and very, very grateful" for the fundraiser.

"I'm not retiring. My mother baked until she was 80," she said, sliding another tray into the oven. "I have 19 more years, at least."
''', [
    Q('''"People think the hard part is the early mornings. It isn't. You get used to the mornings,"''',
      "Fidelia Oyelaran", "Oyelaran", "said"),
    Q('"The hard part is the rent."', "Fidelia Oyelaran", ("Oyelaran", "Oyelaran said on a recent weekday"), "said"),
    Q('"a very good recipe for puff-puff."', "Fidelia Oyelaran", "she", "puts it"),
    Q('"nurses coming off night shift, students, Mennonite farmers and the whole city council, at one time or another."',
      "Fidelia Oyelaran", "the owner", "describes"),
    Q('''"I kept saying I'd help out on weekends, and then one day I realized I was there every weekend and also every Tuesday,"''',
      "Tunde Oyelaran", "he", "said"),
    Q('''"My mother doesn't ask you to join. She just starts handing you trays."''', "Tunde Oyelaran", "he", "said"),
    Q("The building's owner, Grandview Property Holdings, wants to raise the rent by 38 per cent",
      "Fidelia Oyelaran", "Oyelaran", "said"),
    Q("Crumb & Kettle is one of 11 downtown businesses facing lease increases of more than 30 per cent this year",
      "Downtown Kitchener Business Improvement Area", "the Downtown Kitchener Business Improvement Area",
      "according to"),
    Q("rent is now the top concern of small retailers in Ontario, ahead of taxes and labour costs",
      "Canadian Federation of Independent Business", "The Canadian Federation of Independent Business", "says"),
    Q('"We are hearing from owners who survived the pandemic, survived inflation, and are now being priced out by a lease renewal,"',
      "Ishaan Venkataraman", "Ishaan Venkataraman", "said"),
    Q("she had looked at moving to a cheaper spot near the highway but couldn't bear to leave", "Fidelia Oyelaran",
      "The 61-year-old baker", "said"),
    Q('"My customers walk here. Some of them are 85, 90 years old. Where are they going to go, the highway?"',
      "Fidelia Oyelaran", "she", "said"),
    Q('''"No. I'll find the money."''', "Fidelia Oyelaran", "she", "said"),
    Q('''"My wife liked the raisin bread. She's gone now, and I still buy the raisin bread,"''', "Hendrik Bauman",
      "Bauman", "said"),
    Q('"Some habits you keep on purpose."', "Hendrik Bauman", "Bauman", "said"),
    Q("it had offered to help the bakery negotiate with the landlord", "Downtown Kitchener Business Improvement Area",
      "The BIA", "said"),
    Q('she was "embarrassed and very, very grateful" for the fundraiser', "Fidelia Oyelaran", "The owner", "said"),
    Q('''"I'm not retiring. My mother baked until she was 80,"''', "Fidelia Oyelaran", "she", "said"),
    Q('"I have 19 more years, at least."', "Fidelia Oyelaran", "she", "said"),
], people=["Fidelia Oyelaran", "Tunde Oyelaran", "Ishaan Venkataraman", "Hendrik Bauman"],
   orgs=["Crumb & Kettle", "Grandview Property Holdings", "Downtown Kitchener Business Improvement Area",
         "Canadian Federation of Independent Business"],
   aliases={"Downtown Kitchener Business Improvement Area": ["BIA"]},
   optional_orgs=["GoFundMe"])

# --------------------------------------------------------------------------------------------
A("fresh-17", "flood (Australia)", "2026-05-14", False, '''
Macleay River peaks as thousands evacuate in NSW mid-north coast floods

KEMPSEY, NSW - The Macleay River peaked at 7.9 metres at Kempsey on Thursday morning, its highest level in more than a decade, as emergency crews carried out more than 200 flood rescues across the NSW mid-north coast and thousands of residents spent a second night in evacuation centres.

The NSW State Emergency Service (SES) said it had received more than 1,400 calls for help since Tuesday, most of them from Kempsey, Frederickton and Smithtown. In parts of Smithtown, floodwater reached the gutters of single-storey homes.

"Our volunteers have been working around the clock in conditions that are genuinely dangerous," SES Assistant Commissioner Lachlan Ngata said.

"Please do not drive through floodwater. We have pulled three cars out of the water this morning alone, and every one of those drivers thought they could make it."

The Bureau of Meteorology (BoM) said the rain was easing but warned that a second system could bring heavy falls to the region on the weekend. Senior meteorologist Angus Tjandra said 390 millimetres had fallen at one gauge near Willawarrin in 48 hours.

"That's more rain in two days than Kempsey would normally see in three or four months," Mr Tjandra said.

Premier Chris Minns, who toured the Kempsey evacuation centre on Wednesday evening, said the state had activated disaster recovery funding for the Kempsey and Nambucca council areas.

"The people I met tonight have lost everything they own, some of them for the second time in five years," Mr Minns said. "They're exhausted, they're angry, and they've got every right to be."

Kempsey Shire Mayor Leanne Dunphy said the council's priority was clearing roads and restoring water and power to the towns cut off by the flood.

"We've been through this before and we'll get through it again, but we can't keep rebuilding in exactly the same way," she said.

Essential Energy said about 8,500 homes and businesses were without power and that crews would not be able to reach some substations until the water dropped. The Insurance Council of Australia (ICA) said it had declared a catastrophe for the region, allowing insurers to fast-track claims.

NSW Police said a 71-year-old man was missing after his car was swept off a causeway near Willawarrin on Wednesday night.

At the evacuation centre at the Kempsey showground, Dunghutti elder Uncle Alwyn Kelly, 74, said he had watched the river rise from his verandah for two days before agreeing to leave.

"I've seen a lot of floods on this river. My grandmother used to say the river has a long memory and always comes back for what it's owed.

"This one came back for a lot," he said.

Mei-Ling Zhao, 38, a nurse at Kempsey District Hospital, left her home in Frederickton at 2 a.m. on Wednesday with her husband and two children.

"We grabbed the kids, the dog and the passports, and that was it," she said. "By the time we got to the car the water was up to my knees."

The ICA said more than 3,000 claims had been lodged by Thursday afternoon, and the SES said it expected that number to climb once residents were allowed home.
''', [
    Q("it had received more than 1,400 calls for help since Tuesday, most of them from Kempsey, Frederickton and Smithtown",
      "NSW State Emergency Service", "The NSW State Emergency Service", "said"),
    Q('"Our volunteers have been working around the clock in conditions that are genuinely dangerous,"',
      "Lachlan Ngata", "SES Assistant Commissioner Lachlan Ngata", "said"),
    Q('"Please do not drive through floodwater. We have pulled three cars out of the water this morning alone, and every one of those drivers thought they could make it."',
      "Lachlan Ngata", "SES Assistant Commissioner Lachlan Ngata", "said"),
    Q("the rain was easing but warned that a second system could bring heavy falls to the region on the weekend",
      "Bureau of Meteorology", "The Bureau of Meteorology", "said"),
    Q("390 millimetres had fallen at one gauge near Willawarrin in 48 hours", "Angus Tjandra", "Angus Tjandra",
      "said"),
    Q('''"That's more rain in two days than Kempsey would normally see in three or four months,"''', "Angus Tjandra",
      "Mr Tjandra", "said"),
    Q("the state had activated disaster recovery funding for the Kempsey and Nambucca council areas", "Chris Minns",
      "Premier Chris Minns", "said"),
    Q('"The people I met tonight have lost everything they own, some of them for the second time in five years,"',
      "Chris Minns", "Mr Minns", "said"),
    Q('''"They're exhausted, they're angry, and they've got every right to be."''', "Chris Minns", "Mr Minns", "said"),
    Q("the council's priority was clearing roads and restoring water and power to the towns cut off by the flood",
      "Leanne Dunphy", "Kempsey Shire Mayor Leanne Dunphy", "said"),
    Q('''"We've been through this before and we'll get through it again, but we can't keep rebuilding in exactly the same way,"''',
      "Leanne Dunphy", "she", "said"),
    Q("about 8,500 homes and businesses were without power and that crews would not be able to reach some substations until the water dropped",
      "Essential Energy", "Essential Energy", "said"),
    Q("it had declared a catastrophe for the region, allowing insurers to fast-track claims",
      "Insurance Council of Australia", "The Insurance Council of Australia", "said"),
    Q("a 71-year-old man was missing after his car was swept off a causeway near Willawarrin on Wednesday night",
      "NSW Police", "NSW Police", "said"),
    Q("he had watched the river rise from his verandah for two days before agreeing to leave", "Alwyn Kelly",
      "Uncle Alwyn Kelly", "said"),
    Q('''"I've seen a lot of floods on this river. My grandmother used to say the river has a long memory and always comes back for what it's owed.

"This one came back for a lot,"''', "Alwyn Kelly", "he", "said"),
    Q('"We grabbed the kids, the dog and the passports, and that was it,"', "Mei-Ling Zhao", "she", "said"),
    Q('"By the time we got to the car the water was up to my knees."', "Mei-Ling Zhao", "she", "said"),
    Q("more than 3,000 claims had been lodged by Thursday afternoon", "Insurance Council of Australia", "The ICA",
      "said"),
    Q("it expected that number to climb once residents were allowed home", "NSW State Emergency Service",
      "the SES", "said"),
], people=["Lachlan Ngata", "Angus Tjandra", "Chris Minns", "Leanne Dunphy", "Alwyn Kelly", "Mei-Ling Zhao"],
   orgs=["NSW State Emergency Service", "Bureau of Meteorology", "Essential Energy",
         "Insurance Council of Australia", "NSW Police"],
   aliases={"NSW State Emergency Service": ["SES"], "Bureau of Meteorology": ["BoM"]},
   optional_orgs=["Kempsey Shire", "Kempsey District Hospital"])

# --------------------------------------------------------------------------------------------
A("fresh-18", "obituary", "2025-10-15", True, '''
Ambrose Desjarlais, Métis fiddler who taught a generation to play the Red River Jig, dies at 88

WINNIPEG — Ambrose Desjarlais, the Métis fiddler, broadcaster and teacher whose Saturday-night radio show carried old-time fiddle music into kitchens across the Prairies for more than two decades, has died. He was 88.

He died Sunday at a care home in St. Boniface, his daughter, Colette Desjarlais, said. The cause was complications of pneumonia.

"Dad played until about three weeks ago. His fingers didn't work the way they used to, but he'd still pick up the fiddle every morning and play the Red River Jig, slow, just for himself," Colette Desjarlais said in an interview. "Then he'd put it back in the case and say, 'Okay. Still here.'"

Born in 1937 in St. Laurent, Man., the youngest of nine children of Napoléon and Rose Desjarlais, he learned to play on a fiddle his grandfather had made from a maple tree on the family's river lot.

From 1979 to 2001 he hosted Red River Saturday Night on CBC Radio, a mix of fiddle tunes, jigging calls and listener letters that at its peak was heard on more than 40 stations.

His former producer at CBC Radio, Gordon Wasylyshyn, said the show's mailbag was "the size of a snowbank" most weeks.

"We'd get letters from farmers in Saskatchewan, from truckers, from a lighthouse keeper in Newfoundland once," Wasylyshyn said. "Ambrose answered every one by hand."

In 1998 Desjarlais founded the Desjarlais Fiddle Camp near Lockport, which has since taught more than 3,000 young players, many of them Métis and First Nations children who had never held an instrument.

"The fiddle was never mine. I was just holding it for a while," he told the Winnipeg Free Press in 2012, the year he was appointed to the Order of Canada.

Jolene Beaulieu-Spence, a three-time national fiddle champion, attended the camp every summer from the age of eight.

"He never once told me I played a note wrong. He'd just say, 'Try it like your grandmother would have danced it,'" Beaulieu-Spence said. "Some people teach you the notes. Ambrose taught you why the notes mattered."

Manitoba Métis Federation (MMF) President David Chartrand said Desjarlais had "carried our music through the years when a lot of our people were told to be ashamed of it."

The MMF said flags at its Winnipeg headquarters would fly at half-mast until after the funeral.

Desjarlais is survived by his daughter Colette, his sons Marcel and Louis, 11 grandchildren and nine great-grandchildren. His wife of 54 years, Thérèse (née Lavallée), died in 2016. In lieu of flowers, donations may be made to the Desjarlais Fiddle Camp.

Colette said the family was planning a funeral mass at St. Boniface Cathedral on Saturday.

"He'd want people to dance at the funeral. I'm serious. There will be a fiddle," she said.
''', [
    Q("He died Sunday at a care home in St. Boniface", "Colette Desjarlais", "Colette Desjarlais", "said"),
    Q('''"Dad played until about three weeks ago. His fingers didn't work the way they used to, but he'd still pick up the fiddle every morning and play the Red River Jig, slow, just for himself,"''',
      "Colette Desjarlais", "Colette Desjarlais", "said"),
    Q('''"Then he'd put it back in the case and say, 'Okay. Still here.'"''', "Colette Desjarlais",
      "Colette Desjarlais", "said"),
    Q('''the show's mailbag was "the size of a snowbank" most weeks''', "Gordon Wasylyshyn", "Gordon Wasylyshyn",
      "said"),
    Q('''"We'd get letters from farmers in Saskatchewan, from truckers, from a lighthouse keeper in Newfoundland once,"''',
      "Gordon Wasylyshyn", "Wasylyshyn", "said"),
    Q('"Ambrose answered every one by hand."', "Gordon Wasylyshyn", "Wasylyshyn", "said"),
    Q('"The fiddle was never mine. I was just holding it for a while,"', "Ambrose Desjarlais", "he", "told"),
    Q('''"He never once told me I played a note wrong. He'd just say, 'Try it like your grandmother would have danced it,'"''',
      "Jolene Beaulieu-Spence", "Beaulieu-Spence", "said"),
    Q('"Some people teach you the notes. Ambrose taught you why the notes mattered."', "Jolene Beaulieu-Spence",
      "Beaulieu-Spence", "said"),
    Q('Desjarlais had "carried our music through the years when a lot of our people were told to be ashamed of it."',
      "David Chartrand", "President David Chartrand", "said"),
    Q("flags at its Winnipeg headquarters would fly at half-mast until after the funeral",
      "Manitoba Métis Federation", "The MMF", "said"),
    Q("the family was planning a funeral mass at St. Boniface Cathedral on Saturday", "Colette Desjarlais",
      "Colette", "said"),
    Q('''"He'd want people to dance at the funeral. I'm serious. There will be a fiddle,"''', "Colette Desjarlais",
      "she", "said"),
], people=["Ambrose Desjarlais", "Colette Desjarlais", "Napoléon Desjarlais", "Rose Desjarlais",
           "Gordon Wasylyshyn", "Jolene Beaulieu-Spence", "David Chartrand", "Marcel", "Louis", "Thérèse"],
   orgs=["CBC Radio", "Desjarlais Fiddle Camp", "Winnipeg Free Press", "Manitoba Métis Federation"],
   aliases={"Ambrose Desjarlais": ["Ambrose"], "Colette Desjarlais": ["Colette"], "Napoléon Desjarlais": ["Napoléon"],
            "Marcel": ["Marcel Desjarlais"], "Louis": ["Louis Desjarlais"],
            "Thérèse": ["Thérèse Lavallée", "Thérèse Desjarlais"]},
   optional_orgs=["Order of Canada", "St. Boniface Cathedral"])

# --------------------------------------------------------------------------------------------
A("fresh-19", "tech regulation / AI pricing (Canada)", "2026-05-06", False, '''
Competition Bureau takes ride-hailing app Zippa to tribunal over "personalized" AI pricing

OTTAWA - The Competition Bureau is taking the ride-hailing company Zippa Mobility Inc. to the Competition Tribunal, alleging that the app used an artificial intelligence pricing system to charge some riders more based on their phone's battery level and their past willingness to pay.

In an application filed Tuesday, the bureau said Zippa's pricing engine, which the company calls Fairfare, produced "materially different prices for the same trip at the same time" for riders whose data suggested they were less likely to shop around.

The bureau is seeking an order requiring Zippa to stop the practice and an administrative monetary penalty of up to $18 million.

"Canadians should be able to trust that the price on their screen is based on the trip, not on a guess about how desperate they are," Deputy Commissioner Anouk Bélanger-Tshibanda said at a news conference.

"Algorithms don't get a pass on the law," she added. "If a person can't do it, a pricing model can't do it either."

Zippa, based in Toronto, operates in 14 Canadian cities and says it has about 2.3 million monthly riders.

In a statement, the company said it "strongly disagrees" with the bureau's characterization and that Fairfare "does not use battery level or any personal characteristic to set prices."

Zippa co-founder and chief executive Rajveer Grewal wrote on LinkedIn that the company "would welcome the chance to explain our technology in front of the tribunal."

The Public Interest Advocacy Centre (PIAC), which has pushed for tighter rules on algorithmic pricing, said the case was the first of its kind in Canada.

"This is exactly the kind of case regulators around the world have been circling. Canada is going first, and that matters," said Mariam Haidari, a lawyer with PIAC.

Teodor Vasilescu, who studies algorithmic pricing at the University of Waterloo, said the bureau had chosen its legal ground carefully.

"It's very hard to prove intent with these systems, because the model doesn't have intent," he said. "But you don't have to prove intent under this part of the Competition Act. You have to prove effect."

Industry Minister Mélanie Joly said she would not comment on a case before the tribunal but that the government was "watching AI pricing closely."

Chayton Redsky, a 27-year-old line cook in Winnipeg, said he had noticed two years ago that his fares home seemed higher on nights when his phone was almost dead.

"I thought I was being paranoid," Redsky said. "Turns out maybe I wasn't."

The bureau said it began investigating in 2024 after complaints from riders and a report by the CBC. No hearing date has been set.
''', [
    Q("the app used an artificial intelligence pricing system to charge some riders more based on their phone's battery level and their past willingness to pay",
      "Competition Bureau", "The Competition Bureau", "alleging"),
    Q('''Zippa's pricing engine, which the company calls Fairfare, produced "materially different prices for the same trip at the same time" for riders whose data suggested they were less likely to shop around''',
      "Competition Bureau", "the bureau", "said"),
    Q('"Canadians should be able to trust that the price on their screen is based on the trip, not on a guess about how desperate they are,"',
      "Anouk Bélanger-Tshibanda", "Deputy Commissioner Anouk Bélanger-Tshibanda", "said"),
    Q('''"Algorithms don't get a pass on the law,"''', "Anouk Bélanger-Tshibanda", "she", "added"),
    Q('''"If a person can't do it, a pricing model can't do it either."''', "Anouk Bélanger-Tshibanda", "she",
      "added"),
    Q("it has about 2.3 million monthly riders", "Zippa Mobility Inc.", "Zippa", "says"),
    Q('''it "strongly disagrees" with the bureau's characterization and that Fairfare "does not use battery level or any personal characteristic to set prices."''',
      "Zippa Mobility Inc.", "the company", "said"),
    Q('the company "would welcome the chance to explain our technology in front of the tribunal."',
      "Rajveer Grewal", "Rajveer Grewal", "wrote"),
    Q("the case was the first of its kind in Canada", "Public Interest Advocacy Centre",
      "The Public Interest Advocacy Centre", "said"),
    Q('"This is exactly the kind of case regulators around the world have been circling. Canada is going first, and that matters,"',
      "Mariam Haidari", "Mariam Haidari", "said"),
    Q("the bureau had chosen its legal ground carefully", "Teodor Vasilescu", "Teodor Vasilescu", "said"),
    Q('''"It's very hard to prove intent with these systems, because the model doesn't have intent,"''',
      "Teodor Vasilescu", "he", "said"),
    Q('''"But you don't have to prove intent under this part of the Competition Act. You have to prove effect."''',
      "Teodor Vasilescu", "he", "said"),
    Q('she would not comment on a case before the tribunal but that the government was "watching AI pricing closely."',
      "Mélanie Joly", "Industry Minister Mélanie Joly", "said"),
    Q("he had noticed two years ago that his fares home seemed higher on nights when his phone was almost dead",
      "Chayton Redsky", "Chayton Redsky", "said"),
    Q('"I thought I was being paranoid,"', "Chayton Redsky", "Redsky", "said"),
    Q('''"Turns out maybe I wasn't."''', "Chayton Redsky", "Redsky", "said"),
    Q("it began investigating in 2024 after complaints from riders and a report by the CBC", "Competition Bureau",
      "The bureau", "said"),
], people=["Anouk Bélanger-Tshibanda", "Rajveer Grewal", "Mariam Haidari", "Teodor Vasilescu", "Mélanie Joly",
           "Chayton Redsky"],
   orgs=["Competition Bureau", "Zippa Mobility Inc.", "Public Interest Advocacy Centre", "University of Waterloo",
         "CBC"],
   aliases={"Zippa Mobility Inc.": ["Zippa"]},
   optional_orgs=["Competition Tribunal", "LinkedIn"])

# --------------------------------------------------------------------------------------------
A("fresh-20", "election campaign stop (US 2026 midterms)", None, True, '''
Shapiro rallies steelworkers for House hopeful in closely watched Erie district

ERIE, Pa. (AP) — Pennsylvania Gov. Josh Shapiro stood on a flatbed truck outside a union hall here Saturday, rolled up his sleeves and told a few hundred steelworkers and their families that the road to a Democratic House majority "runs straight through Erie County."

Shapiro, who is seeking a second term himself in November, was campaigning for Teodoro "Teddy" Almonte, a 39-year-old former military medic and emergency-room nurse who is challenging Republican Rep. Garrett Vollmer in one of the most closely watched House races in the country.

"Teddy has spent his whole life taking care of people, on a ship, in an emergency room, and now he wants to do it for all of us," Shapiro said. "That's the kind of person you send to Washington."

Almonte, whose parents emigrated from the Dominican Republic and ran a corner store on Erie's east side for 30 years, told the crowd he was running because two rural hospitals in the district had closed their maternity wards since 2023.

"My mother stocked shelves until she was 70 so I could go to nursing school," Almonte said. "I'm not going to Washington to forget where I came from."

The rally was organized by United Steelworkers (USW) Local 3447, which represents about 1,800 workers at the Wabtec locomotive plant in nearby Lawrence Park.

"Our members don't care about the letter after your name. They care about whether you'll show up when the plant's in trouble," said Bernadine Szymanski, the local's president. "Teddy shows up."

Vollmer, a two-term congressman and former car dealer, was campaigning in Meadville on Saturday. He told supporters there that the race would be decided on "who can keep the lights on and the plants open."

Vollmer campaign spokesperson Kaitlyn Drury said in a statement that Almonte was "a rubber stamp" for national Democrats and that Vollmer had "delivered for Erie" on jobs and energy.

The National Republican Congressional Committee (NRCC) has spent more than $2 million on television ads in the district since Labor Day, according to AdImpact, a firm that tracks political advertising. An NRCC spokesperson said Almonte "will have to answer for his party's record on the economy."

Not everyone at the rally had made up their mind. Frank Dombrowski, 66, a retired machinist who worked at the locomotive plant for 38 years, said he had voted for Vollmer in 2024.

"I'm listening this time. That's all I'll say," Dombrowski said, grinning. "My wife would tell you I never say that."

Asked by reporters about speculation that he might run for president in 2028, Shapiro said he was "focused on Pennsylvania" and on "getting Teddy across the finish line."
''', [
    Q('the road to a Democratic House majority "runs straight through Erie County."', "Josh Shapiro",
      "Pennsylvania Gov. Josh Shapiro", "told"),
    Q('''"Teddy has spent his whole life taking care of people, on a ship, in an emergency room, and now he wants to do it for all of us,"''',
      "Josh Shapiro", "Shapiro", "said"),
    Q('''"That's the kind of person you send to Washington."''', "Josh Shapiro", "Shapiro", "said"),
    Q("he was running because two rural hospitals in the district had closed their maternity wards since 2023",
      "Teodoro Almonte", ("Almonte", "Almonte, whose parents"), "told"),
    Q('"My mother stocked shelves until she was 70 so I could go to nursing school,"', "Teodoro Almonte",
      "Almonte", "said"),
    Q('''"I'm not going to Washington to forget where I came from."''', "Teodoro Almonte", "Almonte", "said"),
    Q('''"Our members don't care about the letter after your name. They care about whether you'll show up when the plant's in trouble,"''',
      "Bernadine Szymanski", "Bernadine Szymanski", "said"),
    Q('"Teddy shows up."', "Bernadine Szymanski", "Bernadine Szymanski", "said"),
    Q('the race would be decided on "who can keep the lights on and the plants open."', "Garrett Vollmer", "He",
      "told"),
    Q('Almonte was "a rubber stamp" for national Democrats and that Vollmer had "delivered for Erie" on jobs and energy',
      "Kaitlyn Drury", "Kaitlyn Drury", "said"),
    Q("The National Republican Congressional Committee (NRCC) has spent more than $2 million on television ads in the district since Labor Day",
      "AdImpact", "AdImpact", "according to"),
    Q('''Almonte "will have to answer for his party's record on the economy."''', "an NRCC spokesperson",
      "An NRCC spokesperson", "said"),
    Q("he had voted for Vollmer in 2024", "Frank Dombrowski", "Frank Dombrowski", "said"),
    Q('''"I'm listening this time. That's all I'll say,"''', "Frank Dombrowski", "Dombrowski", "said"),
    Q('"My wife would tell you I never say that."', "Frank Dombrowski", "Dombrowski", "said"),
    Q('he was "focused on Pennsylvania" and on "getting Teddy across the finish line."', "Josh Shapiro",
      "Shapiro", "said"),
], people=["Josh Shapiro", "Teodoro Almonte", "Garrett Vollmer", "Bernadine Szymanski", "Kaitlyn Drury",
           "Frank Dombrowski"],
   orgs=["United Steelworkers Local 3447", "Wabtec", "National Republican Congressional Committee", "AdImpact"],
   aliases={"Teodoro Almonte": ["Teddy Almonte", "Teddy"],
            "United Steelworkers Local 3447": ["United Steelworkers", "USW", "USW Local 3447"]},
   optional_orgs=["AP", "House", "Democrats", "Republican"])
