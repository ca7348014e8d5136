// Invented AFP-, Xinhua- and local-newsroom-style stories; `place` is the dateline as printed.
// Written for this corpus.
export const EN_AGENCIES = String.raw`
=== en-afp-001 afp
title: French farmers drive tractors into city centres over pesticide rules
place: Lyon
by: Claire Dubois
---
Hundreds of French farmers drove tractors into the centres of several cities on Wednesday to protest against new rules on pesticide use that they say will make them less competitive.
"We are asked to produce more with fewer tools," said one grain grower from the Rhone valley. "It does not add up."
Police said about 400 tractors took part in Lyon alone.
=== en-afp-002 afp
title: Oil prices edge higher on supply worries
place: Singapore
---
Oil prices rose in Asian trade on Friday as investors weighed the risk of supply disruptions in the Middle East against signs of slowing demand in China.
Brent crude, the international benchmark, gained 0.8 percent to $82.40 a barrel, while West Texas Intermediate rose 0.7 percent.
=== en-afp-003 afp
title: Kenya names new cabinet after weeks of protests
place: Nairobi
by: Daniel Otieno
---
Kenya's president on Friday named 11 ministers to a new cabinet, weeks after dissolving his government in response to deadly street protests over tax increases.
Six of the nominees served in the previous cabinet, and opposition leaders gave the announcement a mixed reception.
=== en-afp-004 afp
title: Spanish reservoirs recover after spring rains
place: Madrid
by: Laura Sanchez
---
Spain's reservoirs are at their highest level in two years after heavy spring rains, the environment ministry said on Tuesday, easing fears of water restrictions in the summer.
Reservoirs were at 66 percent of capacity this week, compared with 48 percent a year earlier.
=== en-afp-005 afp
title: Thai elephant sanctuary welcomes first calf in a decade
place: Bangkok
---
An elephant sanctuary in northern Thailand has welcomed its first calf in ten years, staff said on Monday, describing the birth as a sign that their rescued herd is thriving.
The female calf weighed about 90 kilograms at birth and was standing within an hour.
=== en-xh-001 xinhua-en
title: China's high-speed rail network tops 45,000 km
place: BEIJING
---
China's high-speed railway network has exceeded 45,000 km in operating length, the national railway operator said on Tuesday.
More than 3 billion passenger trips were made on the country's railways last year, up from the previous year.
=== en-xh-002 xinhua-en
title: Yangtze River Delta boosts cross-border e-commerce
place: HANGZHOU
---
Cross-border e-commerce exports from the Yangtze River Delta region rose by more than 15 percent year on year in the first quarter, according to local customs data.
Small commodities, household appliances and clothing were the main export categories.
=== en-xh-003 xinhua-en
title: Kenyan farmers adopt drip irrigation to cope with drought
place: NAIROBI
---
Smallholder farmers in eastern Kenya are increasingly turning to drip irrigation to cope with prolonged drought, agricultural officials said on Wednesday.
An official said the number of farmers using the technology had doubled over the past two years.
=== en-xh-004 xinhua-en
title: Panda cubs make public debut at Chengdu base
place: CHENGDU
---
Four giant panda cubs born last summer made their public debut on Saturday at a research base in Chengdu, capital of southwest China's Sichuan Province.
Visitors lined up early in the morning to catch a glimpse of the cubs playing on a wooden frame.
=== en-xh-005 xinhua-en
title: Egypt sees rise in tourist arrivals
place: CAIRO
---
Egypt received about 4 million tourists in the first quarter of the year, an increase of 5 percent from a year earlier, the tourism ministry said on Sunday.
The ministry attributed the growth to new flight routes and promotional campaigns in Asian markets.
=== en-lc-001 local-en
title: City hall weighs selling downtown parking garages
label: EXCLUSIVE
place: MILWAUKEE
by: Jane Morrow
---
City officials are studying the sale of four downtown parking garages to help close a budget gap, according to documents reviewed by the newspaper.
The garages could fetch as much as $60 million, according to an outside consultant's estimate included in the documents.
A spokesperson for the mayor said no decision had been made.
=== en-lc-002 local-en
title: Why the library levy matters more than voters think
label: ANALYSIS
place: DAYTON, Ohio
by: Rick Alvarez
---
The library levy on next month's ballot looks like a small line item, but it pays for nearly half of the system's operating budget.
Without it, library officials say, five branches would likely close and hours at the main library would be cut.
## WHAT THE LEVY COSTS
For the owner of a $150,000 home, the levy costs about $52 a year, according to the county auditor.
=== en-lc-003 local-en
title: Farmers market moves to riverfront for the summer
place: SPOKANE, Wash.
by: Tina Kowalski
---
The city's largest farmers market will move to the riverfront park this summer while its usual lot is repaved, organizers announced Monday.
About 80 vendors are expected each Saturday, selling produce, baked goods and crafts.
=== en-lc-004 local-en
title: Teachers union and district reach tentative deal
place: SACRAMENTO, Calif.
by: Alan Price / Mei Chen
---
The Sacramento teachers union and the school district reached a tentative contract agreement late Sunday, averting a strike that had been set to begin this week.
The deal includes raises of 4% this year and 3% next year, according to a summary released by the union.
Members are expected to vote on the agreement within two weeks.
=== en-lc-005 local-en
title: New ferry route cuts commute across the bay
place: TAMPA, Fla.
by: Diane Foster
---
A new ferry route linking two sides of the bay began service Monday, cutting some commutes from an hour by car to about 35 minutes on the water.
Ridership on the first morning was light, but officials said they expected numbers to grow as word spreads.
=== en-lc-006 local-en
title: Historic theater to reopen after restoration
label: ARTS
place: PITTSBURGH
by: Owen Grady
---
A 1920s theater that has been closed for more than a decade will reopen this fall after a $30 million restoration, its nonprofit owner said Thursday.
Workers repaired the ornate plaster ceiling, replaced nearly 1,500 seats and restored the original marquee.
`;
