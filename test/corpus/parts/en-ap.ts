// Invented AP-style stories: `place` is the dateline (CITY, State), `note` the line printed
// under the `___` rule. Written for this corpus; the people and figures are made up.
export const EN_AP = String.raw`
=== en-ap-001 ap
title: Vermont maple syrup season starts early after warm winter
place: MONTPELIER, Vt.
by: Ellen Marsh
note: Associated Press writer Tom Reyes in Boston contributed to this report.
---
Maple producers across Vermont began tapping trees weeks earlier than usual this year after one of the warmest winters on record, state agriculture officials said Tuesday.
Sap started running in late January in parts of the southern counties, and some sugarhouses were boiling before the end of the month.
"We used to wait for March town meeting day," said Ruth Gallo, who has tapped trees on her family's hillside for four decades. "Now we just watch the forecast."
Producers said the early start could stretch the season, but a sudden hard freeze could also cut it short.
=== en-ap-002 ap
title: City council approves plan to add bike lanes on busy avenue
deck: Supporters say the change will save lives; some business owners fear losing parking
place: OMAHA, Neb.
by: Dan Kessler
---
The Omaha City Council voted 5-2 on Tuesday to add protected bike lanes along a two-mile stretch of one of the city's busiest avenues, ending months of debate.
The plan removes about 90 parking spaces and narrows the road to one lane in each direction during construction, which is expected to begin in the spring.
Cycling advocates packed the council chamber, many wearing yellow shirts, and applauded when the vote was announced.
=== en-ap-003 ap
title: Wildfire near mountain town forces hundreds to evacuate
place: BOULDER, Colo.
by: Maria Ortiz / Jake Lind
---
A fast-moving wildfire fanned by strong winds forced hundreds of people to leave their homes in the foothills west of Boulder on Sunday, authorities said.
The fire had burned about 1,200 acres by late afternoon and was not contained, according to the county sheriff's office.
No injuries were reported, but officials said at least three structures had been damaged.
Residents described seeing a wall of smoke rise over the ridge within minutes.
=== en-ap-004 ap
title: School district to offer free breakfast to all students
place: JACKSON, Miss.
---
The state's largest school district will offer free breakfast to every student starting next fall, the superintendent announced Monday, citing a federal program that reimburses schools in high-poverty areas.
District officials said about 70% of students already qualified for free or reduced-price meals.
=== en-ap-005 ap
title: Researchers find rare salamander in national forest for first time in decades
place: ASHEVILLE, N.C.
by: Leah Brandt
note: Associated Press writer Chris Noble in Raleigh contributed.
---
Biologists surveying streams in a western North Carolina national forest have found a small salamander species that had not been documented there since the 1970s, the U.S. Forest Service said Thursday.
The team found several adults under rocks in a cold, fast-moving creek at about 4,000 feet of elevation.
Scientists said the discovery suggests the species may be more widespread than thought, but they warned that warming streams remain a threat.
=== en-ap-006 ap
title: Airport opens new terminal after years of delays
place: KANSAS CITY, Mo.
by: Paul Whitaker
---
Kansas City's new single airport terminal opened to passengers Tuesday after years of planning, a pandemic slowdown and a budget that grew by hundreds of millions of dollars.
The first flight to depart from the terminal, bound for Dallas, pushed back from the gate shortly after 6 a.m.
Travelers said the new building was brighter and easier to navigate, though some complained about longer walks to the gates.
=== en-ap-007 ap
title: Drought forces ranchers to sell cattle early
place: AMARILLO, Texas
by: Rosa Delgado
---
Ranchers across the Texas Panhandle are selling cattle months earlier than planned as a severe drought leaves pastures bare and hay prices climbing, livestock auction operators said.
One auction barn reported selling nearly twice as many animals in March as it did a year earlier.
"You either buy feed you can't afford or you sell," said Earl Pruitt, who runs about 300 head of cattle near Dumas.
=== en-ap-008 ap
title: Museum returns ancient statues to their country of origin
place: NEW YORK
by: Helen Carter
---
A New York museum returned three ancient stone statues on Wednesday after investigators determined they had been looted from temples and smuggled out decades ago.
The statues were handed over to consular officials at a brief ceremony at the museum.
Prosecutors said the pieces had passed through several dealers before the museum acquired them in the 1990s.
=== en-ap-009 ap
title: Small town's only grocery store reopens under community ownership
place: WALDEN, Ore.
---
When the only grocery store in this town of 900 people closed last year, residents had to drive 40 minutes for milk and bread.
On Saturday, the store reopened as a cooperative owned by more than 300 local shareholders who each bought in for $100 or more.
The co-op's board president said the store would stock more local produce and keep prices close to those of chain stores.
=== en-ap-010 ap
title: Lake ice fishing derby canceled as ice stays too thin
place: DULUTH, Minn.
by: Greg Olson
note: Associated Press writer Amy Ruiz in Minneapolis contributed to this report.
---
Organizers of one of the state's oldest ice fishing tournaments canceled this year's event on Friday, saying the ice on the lake never got thick enough to hold thousands of anglers and their trucks.
It is only the third time in the tournament's 60-year history that it has been canceled for lack of ice.
=== en-ap-011 ap
title: Power restored to most customers after ice storm
place: PORTLAND, Ore.
by: Nina Fields
---
Utility crews restored electricity to most of the roughly 200,000 customers who lost power during a weekend ice storm, but thousands remained in the dark Tuesday, officials said.
The storm coated trees and power lines with up to an inch of ice, bringing down branches across the region.
## WARMING CENTERS STAY OPEN
The county said its warming centers would remain open at least through Wednesday night for anyone without heat.
Officials urged residents not to use generators or grills indoors.
=== en-ap-012 ap
title: High school robotics team heads to world championship
place: FLINT, Mich.
by: Marcus Bell
---
A team of 14 students from a Flint high school will compete at a world robotics championship next month after winning their state title with a robot built largely from donated parts.
The team raised money for the trip through bake sales, car washes and an online fundraiser that drew donations from across the country.
`;
