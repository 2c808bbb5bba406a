package io.drillplan.samples;

import java.util.List;

/**
 * How the samples name their problem, regions, units and teams: in English and pinyin, or in
 * Chinese as a Shanxi planner writes them. Only names differ: every random draw, id, date and
 * number of a sample is the same in both.
 */
enum SampleWording {
    /** "Gujiao Xingda Coal Mine", "Yuanping City Fire Rescue Station 1". */
    EN,
    /** "古交市兴达煤矿", "原平市第一消防救援站". */
    ZH;

    /** The kinds of chemical plant, in the order the generator draws from. */
    private static final List<String[]> CHEMICAL = List.of(
            new String[] {"Coking Co.", "焦化有限公司"}, new String[] {"Coal Chemical Co.", "煤化工有限公司"},
            new String[] {"Chemical Co.", "化工有限公司"}, new String[] {"Methanol Plant", "甲醇厂"},
            new String[] {"Fertilizer Plant", "化肥厂"});
    private static final List<String[]> HEAVY = List.of(
            new String[] {"Steel Works", "钢铁厂"}, new String[] {"Foundry", "铸造厂"},
            new String[] {"Ferroalloy Plant", "铁合金厂"}, new String[] {"Magnesium Works", "镁业公司"},
            new String[] {"Flour Mill", "面粉厂"});
    private static final List<String[]> INDUSTRY = List.of(
            new String[] {"Machinery Plant", "机械厂"}, new String[] {"Food Co.", "食品有限公司"},
            new String[] {"Building Materials Co.", "建材有限公司"}, new String[] {"Textile Mill", "纺织厂"},
            new String[] {"Brewery", "酒厂"}, new String[] {"Ceramics Co.", "陶瓷有限公司"},
            new String[] {"Printing Plant", "印刷厂"});
    private static final List<String[]> VENUE = List.of(
            new String[] {"Shopping Mall", "购物中心"}, new String[] {"Hotel", "大酒店"},
            new String[] {"Department Store", "百货大楼"}, new String[] {"Wholesale Market", "批发市场"},
            new String[] {"Supermarket", "超市"});
    private static final List<String[]> TRANSPORT = List.of(
            new String[] {"Bus Terminal", "汽车客运站"}, new String[] {"Logistics Park", "物流园区"},
            new String[] {"Expressway Service Area", "高速公路服务区"}, new String[] {"Railway Station", "火车站"},
            new String[] {"Freight Yard", "货运站"});
    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    /** How many kinds of each category there are to draw from. */
    static int kinds(UnitCategory category) {
        return switch (category) {
            case CHEMICAL_PLANT -> CHEMICAL.size();
            case HEAVY_INDUSTRY -> HEAVY.size();
            case INDUSTRY -> INDUSTRY.size();
            case VENUE -> VENUE.size();
            default -> 1;
        };
    }

    /** {@code n} in Chinese numerals up to 99 (一, 十二, 二十三), in digits beyond. */
    static String numeral(int n) {
        if (n <= 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + DIGITS[n - 10];
        }
        if (n < 100) {
            return DIGITS[n / 10] + "十" + DIGITS[n % 10];
        }
        return String.valueOf(n);
    }

    private String pick(String[] both) {
        return this == ZH ? both[1] : both[0];
    }

    /** The name of the problem: {@code what} (already in this language) and the month. */
    String problem(String english, String chinese, int year) {
        return this == ZH ? chinese + "，" + year + "年6月" : english + ", June " + year;
    }

    String province() {
        return this == ZH ? "山西省" : "Shanxi";
    }

    String city(ShanxiAtlas.City city) {
        return this == ZH ? city.nameZh() : city.name();
    }

    /** The county with its kind: "Gujiao City", 古交市. */
    String county(ShanxiAtlas.County county) {
        return this == ZH ? county.nameZh() : county.displayName();
    }

    /** A firm of {@code category} ({@code kind} drawn from {@link #kinds}) in {@code county}. */
    String firm(ShanxiAtlas.County county, PlaceNames.Name firm, UnitCategory category, int kind) {
        String what = switch (category) {
            case MINE -> pick(new String[] {"Coal Mine", "煤矿"});
            case CHEMICAL_PLANT -> pick(CHEMICAL.get(kind));
            case HEAVY_INDUSTRY -> pick(HEAVY.get(kind));
            case INDUSTRY -> pick(INDUSTRY.get(kind));
            case VENUE -> pick(VENUE.get(kind));
            default -> throw new IllegalArgumentException("not a firm: " + category);
        };
        return this == ZH ? county.nameZh() + firm.chinese() + what : county.name() + " " + firm.pinyin() + " " + what;
    }

    /** The {@code n}-th transport site of a county: bus terminal, logistics park, ... */
    String transport(ShanxiAtlas.County county, int n) {
        String[] kind = TRANSPORT.get((n - 1) % TRANSPORT.size());
        int round = (n - 1) / TRANSPORT.size();
        return this == ZH ? county.nameZh() + kind[1] + (round == 0 ? "" : "（" + numeral(round + 1) + "）")
                : county.name() + " " + kind[0] + (round == 0 ? "" : " " + (round + 1));
    }

    String town(ShanxiAtlas.County county, PlaceNames.Name town) {
        return this == ZH ? county.nameZh() + town.chinese() + "镇" : town.pinyin() + " Town, " + county.name();
    }

    String street(ShanxiAtlas.County county, PlaceNames.Name street) {
        return this == ZH ? county.nameZh() + street.chinese() + "街道" : street.pinyin() + " Street, " + county.name();
    }

    String village(ShanxiAtlas.County county, PlaceNames.Name village) {
        return this == ZH ? county.nameZh() + village.chinese() + "村" : county.name() + " " + village.pinyin() + " Village";
    }

    String community(ShanxiAtlas.County county, PlaceNames.Name community) {
        return this == ZH ? county.nameZh() + community.chinese() + "社区"
                : county.name() + " " + community.pinyin() + " Community";
    }

    /** The {@code schools}-th school of a county: middle, primary, experimental primary, high school in turn. */
    String school(ShanxiAtlas.County county, int schools) {
        boolean zh = this == ZH;
        String name = switch (schools % 4) {
            case 1 -> zh ? "第" + numeral((schools + 3) / 4) + "中学" : "No. " + ((schools + 3) / 4) + " Middle School";
            case 2 -> zh ? "第" + numeral((schools + 2) / 4) + "小学" : "No. " + ((schools + 2) / 4) + " Primary School";
            case 3 -> ((schools + 1) / 4) == 1 ? (zh ? "实验小学" : "Experimental Primary School")
                    : zh ? "第" + numeral((schools + 1) / 4) + "实验小学"
                    : "Experimental Primary School No. " + ((schools + 1) / 4);
            default -> (schools / 4) == 1 ? (zh ? "职业中学" : "Vocational School")
                    : zh ? "第" + numeral(schools / 4) + "高级中学" : "No. " + (schools / 4) + " High School";
        };
        return zh ? county.nameZh() + name : county.name() + " " + name;
    }

    /** A rescue team: the {@code n}-th of its force in the county or city. */
    String team(RescueForces.Force force, ShanxiAtlas.City city, ShanxiAtlas.County county, int n) {
        if (this == EN) {
            String where = county.displayName();
            return switch (force) {
                case FIRE_RESCUE -> where + " Fire Rescue Station " + n;
                case VOLUNTEER -> where + " Emergency Volunteer Team " + n;
                case MEDICAL -> n == 1 ? where + " People's Hospital Emergency Team"
                        : where + " Hospital Emergency Team " + n;
                case MINE_RESCUE -> city.name() + " Mine Rescue Squadron " + n + " (" + county.name() + ")";
                case HAZMAT -> city.name() + " Hazmat Rescue Team " + n + " (" + county.name() + ")";
            };
        }
        String where = county.nameZh();
        String cityName = city.nameZh().endsWith("市") ? city.nameZh().substring(0, city.nameZh().length() - 1)
                : city.nameZh();
        return switch (force) {
            case FIRE_RESCUE -> where + "第" + numeral(n) + "消防救援站";
            case VOLUNTEER -> where + "应急志愿服务队第" + numeral(n) + "分队";
            case MEDICAL -> n == 1 ? where + "人民医院医疗应急救援队" : where + "第" + numeral(n) + "医院医疗应急救援队";
            case MINE_RESCUE -> cityName + "矿山救护队第" + numeral(n) + "中队（" + where + "）";
            case HAZMAT -> cityName + "危险化学品应急救援队第" + numeral(n) + "分队（" + where + "）";
        };
    }
}
