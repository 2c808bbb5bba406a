/**
 * Seeded, realistic sample problems: the drills of a Safety Production Month in Shanxi province,
 * so that tests, examples and benchmarks run without an input file. The facade is
 * {@link io.drillplan.samples.SampleProblems}; everything else here is internal.
 *
 * <h2>Reproducibility</h2>
 * The same preset (or size), year and seed give an equal {@link io.drillplan.model.DrillProblem}
 * on every run and machine. Each county and each team draws from its own random stream derived
 * from the seed and its id, so a county's units do not change when other counties join the
 * problem. Lists are in a fixed order: regions (province, cities, counties), teams city by city,
 * units and drills county by county.
 *
 * <h2>Geography</h2>
 * Shanxi's 11 prefecture-level cities and 117 county-level divisions (districts, counties and
 * county-level cities, as after the 2018-2019 reforms) at their seats, to within a few km; the
 * data sit in {@code shanxi-cities.csv} and {@code shanxi-counties.csv} next to these classes,
 * with the generator's profile of each county (size tier, urban core, coal and chemical
 * industry). Ids are ASCII pinyin: region {@code shanxi}, cities like {@code taiyuan},
 * {@code lvliang} (Lüliang), counties {@code city-county} like {@code taiyuan-gujiao}. The
 * regions nest province, city, county through {@code parent}. A county's cap
 * ({@code maxDrillsPerDay}, what its emergency bureau can observe) is 4, 6 or 8 by size, raised
 * where the county's drills would otherwise fill more than 60% of it; a city's cap is 85% of the
 * sum of its counties'. The province has no cap. Unit ids are {@code U-county-kindN} (for example
 * {@code U-gujiao-mine2}), drill ids {@code D-county-kindN-dd|acs|ce} after the exercise type,
 * team ids {@code T-county-fireN}, {@code T-county-volN}, {@code T-county-medN},
 * {@code T-city-mineN}, {@code T-city-hazmatN}; the county part is the short pinyin name, or the
 * full id for the two names that occur twice (Chengqu, Pinglu).
 *
 * <h2>Grass-roots units</h2>
 * Units lie within 4 km (urban kinds) or 8 km (the rest) of their county seat. Vocabularies used:
 * <ul>
 *   <li>kind: {@code ENTERPRISE}, {@code TOWN}, {@code STREET} (urban subdistrict),
 *       {@code VILLAGE}, {@code COMMUNITY}, {@code SCHOOL};</li>
 *   <li>sector (enterprises only, {@code null} otherwise): {@code MINING} (coal mines),
 *       {@code HAZARDOUS_CHEMICALS} (coking, coal-chemistry and chemical plants),
 *       {@code INDUSTRY_AND_TRADE} (metallurgy and dust-risk works, ordinary factories),
 *       {@code FIRE_PROTECTION} (malls, hotels, markets), {@code TRANSPORTATION} (bus terminals,
 *       logistics parks, service areas, stations);</li>
 *   <li>risk: {@code MAJOR} or {@code HIGH} for mines and chemical plants, {@code HIGH} for
 *       metallurgy and dust-risk works, {@code MODERATE} for other enterprises (half the
 *       factories {@code LOW}), towns, streets and schools, {@code LOW} for villages and
 *       communities.</li>
 * </ul>
 * Villages and communities take drills on weekends and holidays ({@code weekends: true}:
 * residents are home); enterprises, towns, streets and schools do not. Mines sit in the coal
 * counties (Gujiao, Wanbailin, Yungang, Pinglu, Xiaoyi, Liulin, Lingshi, Huozhou, Xiangning,
 * Xiangyuan, Gaoping, Qinshui, Zezhou and others); chemical plants in the coking and chemical
 * counties (Qingxu, Xiaoyi, Jiexiu, Jiaocheng, Lucheng, Hejin and others).
 *
 * <h2>Drills</h2>
 * The building-block chains of the month. Mines and chemical plants run a
 * {@code DIGITAL_DEDUCTION}, an {@code ACTUAL_COMBAT_SIMULATION} 3-5 days later and a full-day
 * {@code COMPREHENSIVE_EXERCISE} (2 slots) 5-7 days after that, all of one scenario, linked by
 * {@code after}; the deduction must start by June 20 so the chain fits the month. Mine exercises
 * need {@code MINE_RESCUE} (two squadrons at {@code MAJOR} mines) and {@code MEDICAL}; chemical
 * exercises {@code HAZMAT}, {@code FIRE} (two stations at {@code MAJOR} plants) and
 * {@code MEDICAL}. Metallurgy and dust-risk works run a deduction and then a live drill with
 * {@code FIRE} and {@code MEDICAL}; 40% of towns walk through their flood plan ({@code RESCUE})
 * 2-4 days before the live drill. Every other unit asks for one live drill: an evacuation
 * ({@code EVACUATION}) or a first response to fire ({@code FIRE}); some community drills add
 * {@code FIRST_AID}, traffic-accident drills at transport hubs need {@code RESCUE} and
 * {@code MEDICAL}. Scenarios: {@code GAS_EXPLOSION}, {@code ROOF_FALL}, {@code WATER_INRUSH},
 * {@code MINE_FIRE}, {@code TOXIC_LEAK}, {@code EXPLOSION}, {@code FIRE},
 * {@code EARTHQUAKE_EVACUATION}, {@code FLOOD}, {@code LANDSLIDE}, {@code TRAFFIC_ACCIDENT}.
 * Priority follows risk: 5 {@code MAJOR}, 4 {@code HIGH} and schools, 3 {@code MODERATE},
 * towns and communities, 2-3 villages, 1-2 small low-risk factories.
 *
 * <h2>Rescue teams</h2>
 * <table>
 *   <caption>Team kinds</caption>
 *   <tr><th>kind</th><th>skills</th><th>radius</th><th>per week</th><th>where</th></tr>
 *   <tr><td>{@code FIRE_RESCUE}</td><td>{@code FIRE}, {@code EVACUATION}, {@code RESCUE}</td>
 *       <td>60 km</td><td>5 (6 in urban districts)</td><td>every county's brigade, one or more stations</td></tr>
 *   <tr><td>{@code VOLUNTEER}</td><td>{@code EVACUATION}, {@code FIRST_AID}</td><td>30 km</td><td>4</td>
 *       <td>counties whose evacuation drills exceed what the fire stations can spare</td></tr>
 *   <tr><td>{@code MEDICAL}</td><td>{@code MEDICAL}, {@code FIRST_AID}</td><td>80 km</td><td>4</td>
 *       <td>hospital teams of a city, based in the counties with the most demand</td></tr>
 *   <tr><td>{@code MINE_RESCUE}</td><td>{@code MINE_RESCUE}, {@code GAS}, {@code RESCUE}</td><td>150 km</td>
 *       <td>5</td><td>squadrons of each coal city, based in its coal counties</td></tr>
 *   <tr><td>{@code HAZMAT}</td><td>{@code HAZMAT}, {@code GAS}</td><td>150 km</td><td>4</td>
 *       <td>teams of each city with chemical plants, based in its chemical counties</td></tr>
 * </table>
 * Every team holds at most 2 drills a day. No generated role asks for {@code GAS}. Team numbers
 * follow the drills: each pool is sized so that its drills need about 75% of what its teams can
 * hold on workdays (per ISO week, the lesser of the weekly cap and twice the available
 * workdays), and a team is added wherever a role would otherwise have fewer teams in reach than
 * it needs. So a good planner can schedule nearly every drill; in problems of some hundreds of
 * drills or more, teams are asked for 50-70% of their workday capacity overall (small problems
 * still need one team of each kind, however few their drills).
 *
 * <h2>Calendars</h2>
 * <ul>
 *   <li>Horizon June 1-30 of 2025, 2026 or 2027, slots {@code AM} 08:30-12:00 and {@code PM}
 *       14:00-17:30.</li>
 *   <li>Holidays, the Dragon Boat Festival days that fall in June: 2025 June 1-2 (the holiday
 *       ran May 31 to June 2), 2026 June 19-21, 2027 June 9 (the festival day; the bridge days of
 *       2027 are published late in 2026).</li>
 *   <li>Schools are closed to drills June 7-9: the national college entrance exam takes June 7-8
 *       and many provinces a third day, and schools host exam sites. School drills must be held
 *       by June 24, before the end-of-term exams.</li>
 *   <li>June 16, the Safety Publicity and Consultation Day: about 75% of fire rescue teams, half
 *       the volunteer teams and 30% of the others are away at public events.</li>
 *   <li>About 10% of teams are on standby duty for 2-3 consecutive days.</li>
 *   <li>About 15% of enterprises shut down 3-5 consecutive days for maintenance.</li>
 *   <li>Villages of Yuncheng and Linfen are busy with the wheat harvest June 4-10.</li>
 * </ul>
 * Travel: 35 km/h with a detour factor of 1.4, for Shanxi's mountain roads.
 */
package io.drillplan.samples;
