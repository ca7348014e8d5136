// Invented Reuters-style stories: `place` is the dateline city, `by` the writers, `with` other
// reporters and `note` the editor named in the trailer. Written for this corpus.
export const EN_REUTERS = String.raw`
=== en-rt-001 reuters
title: Copper prices hit three-month high on supply concerns
place: LONDON
by: Sarah Lang
note: Jan Harvey
---
Copper prices rose to their highest in three months on Tuesday as disruptions at mines in South America raised concerns about supply at a time of steady demand from China.
Benchmark copper on the London Metal Exchange gained 1.4% to $8,920 a metric ton by 1030 GMT.
"The market is very sensitive to any news on the supply side right now," said one metals trader in London.
=== en-rt-002 reuters
title: Dutch Port Volumes Fall as Container Trade Slows
place: AMSTERDAM
by: Bart Meijer
with: Anna Berg
note: Tomasz Kranz
---
Cargo volumes at the port of Rotterdam fell 3.8% in the first quarter from a year earlier, the port authority said on Wednesday, as weaker European demand hit container traffic.
Container volumes dropped by more than 6%, while liquid bulk, including oil and chemicals, was broadly stable.
The port said it expected volumes to recover gradually in the second half of the year.
=== en-rt-003 reuters
title: Japan's factory output rises more than expected
place: TOKYO
with: Kaori Tanaka
note: Sam Holmes
---
Japan's industrial output rose 2.5% in February from the previous month, government data showed on Friday, beating economists' forecasts as carmakers resumed production after supply disruptions.
Manufacturers surveyed by the trade ministry expect output to rise further in March before falling slightly in April.
=== en-rt-004 reuters
title: Brazil coffee harvest seen larger as weather improves
deck: Analysts raise estimates after rains in key growing regions
place: SAO PAULO
by: Roberto Samora
note: Paul Simao
---
Brazil's coffee harvest this year is likely to be larger than previously expected after rains returned to key growing areas in Minas Gerais, analysts said on Monday.
Several consultancies raised their forecasts by 2 million to 3 million 60-kg bags.
Arabica futures in New York fell about 2% on the news.
=== en-rt-005 reuters
title: Norway wealth fund posts record first-quarter gain
place: OSLO
by: Gwladys Fouche
with: Nerijus Adomaitis
note: Terje Solsvik
---
Norway's sovereign wealth fund, the world's largest, reported a record first-quarter gain on Tuesday, driven by rising technology stocks.
The fund's return on investment was 6.3% in the January-March period, it said in a statement.
=== en-rt-006 reuters
title: Indian airline orders 50 narrowbody jets
place: MUMBAI
by: Aditi Shah
note: Mark Potter
---
A fast-growing Indian low-cost airline has ordered 50 narrowbody jets to expand its domestic and regional network, the company said on Thursday, as air travel demand in the country keeps rising.
The airline did not disclose the value of the order but said deliveries would start in 2027.
Indian carriers have placed orders for hundreds of aircraft over the past two years.
=== en-rt-007 reuters
title: Swiss watch exports slip as demand in Asia cools
place: ZURICH
with: Oliver Hirt
note: Miranda Murray
---
Swiss watch exports fell 4.2% in February from a year earlier, industry data showed on Tuesday, as weaker demand in mainland China and Hong Kong offset modest gains in the United States.
Shipments to China dropped by almost a quarter, the federation of the Swiss watch industry said.
=== en-rt-008 reuters
title: Chile lithium output to rise after new plant starts up
place: SANTIAGO
by: Fabian Cambero
note: Aurora Ellis
---
Chile's lithium production is expected to rise by about a fifth this year after a new processing plant in the Atacama desert started operating, the country's mining ministry said on Wednesday.
The ministry said the new plant would add about 40,000 tons of annual capacity once it reaches full output.
=== en-rt-009 reuters
title: Euro zone business activity returns to growth
place: BERLIN
by: Maria Martinez
with: Jonathan Cable
note: Toby Chopra
---
Business activity in the euro zone returned to growth in March for the first time in ten months, a survey showed on Thursday, as a rebound in services offset a continued downturn in manufacturing.
The flash composite purchasing managers' index rose to 50.3 from 49.2 in February, above the 50 mark separating growth from contraction.
"The worst may be behind us, but the recovery is fragile," said the economist who compiled the survey.
=== en-rt-010 reuters
title: South African rand firms ahead of central bank decision
place: JOHANNESBURG
with: Nellie Peyton
note: Sandra Maler
---
South Africa's rand firmed against the dollar early on Thursday as investors awaited an interest rate decision from the central bank later in the day.
Most economists polled expect the bank to keep its main lending rate unchanged.
`;
