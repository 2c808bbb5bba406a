package io.drillplan.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Pinyin name elements for generated units. Names are plausible, not real: no generated mine,
 * plant or village should be mistaken for an existing one's safety record.
 */
final class PlaceNames {
    private static final List<String> FIRM_HEADS = List.of(
            "Chang", "Xing", "Jin", "Hua", "Tong", "Fu", "Yong", "Xin", "Dong", "Heng", "Rui", "Long",
            "Tian", "Bai", "Zhong", "Hong", "Ming", "Sheng", "Tai", "Kang", "Feng", "Shun", "Guang", "Da");
    private static final List<String> FIRM_TAILS = List.of(
            "feng", "yuan", "tai", "da", "xing", "sheng", "li", "an", "hua", "cheng", "fa", "ye");
    private static final List<String> SURNAMES = List.of(
            "Zhang", "Wang", "Li", "Zhao", "Liu", "Chen", "Yang", "Guo", "Ma", "Sun", "Han", "Hou",
            "Hao", "Qiao", "Du", "Feng", "Gao", "Wu", "Xue", "Yan", "Jia", "Shi", "Tian", "Cui",
            "Ren", "He", "Bai", "Song");
    private static final List<String> VILLAGE_TAILS = List.of(
            "jiazhuang", "jiagou", "jiayao", "jiapo", "jiawan", "jiacun", "jiayu", "jiazhai", "jiaping");
    private static final List<String> COMMUNITIES = List.of(
            "Xinhua", "Heping", "Yingbin", "Dongguan", "Nanguan", "Beiguan", "Xiguan", "Wenhua",
            "Jianshe", "Qianjin", "Shengli", "Hongqi", "Dongfeng", "Xingfu", "Zhongxin", "Fuqiang",
            "Guangming", "Chaoyang", "Yuhua", "Jinhua", "Minzhu", "Tuanjie", "Hexie", "Kangle",
            "Anning", "Taoyuan", "Liuxiang", "Huayuan", "Binhe", "Jinqiao", "Fuxing", "Changxing",
            "Yongkang", "Ruyi", "Jinxiu", "Lanting", "Meiyuan", "Songyuan", "Qingnian", "Gongyuan");
    private static final List<String> TOWNS = List.of(
            "Hedi", "Xiyu", "Shangzhuang", "Beiguan", "Nancheng", "Dongye", "Xiaoyi", "Gaocun",
            "Longquan", "Shitou", "Baiyang", "Huangzhai", "Dazhuang", "Liangdu", "Xincheng", "Quanshui",
            "Shuiyu", "Fengshan", "Shizhuang", "Maping", "Hanzhuang", "Zhaibei", "Nanliu", "Xiatuan");
    private static final List<String> STREETS = List.of(
            "Dongcheng", "Xicheng", "Nancheng", "Beicheng", "Fuqian", "Chezhan", "Gongyuan", "Kuangshan",
            "Xinjian", "Wenhua", "Jianshe", "Binhe", "Yingbin", "Zhongxin", "Gongnong", "Tielu");

    private static final List<String> FIRMS = combine(FIRM_HEADS, FIRM_TAILS);
    private static final List<String> VILLAGES = combine(SURNAMES, VILLAGE_TAILS);

    private final List<String> firms;
    private final List<String> villages;
    private final List<String> communities;
    private final List<String> towns;
    private final List<String> streets;
    private int firm;
    private int village;
    private int community;
    private int town;
    private int street;

    /** A fresh set of pools for one county, shuffled by {@code random}. */
    PlaceNames(SplittableRandom random) {
        firms = shuffled(FIRMS, random);
        villages = shuffled(VILLAGES, random);
        communities = shuffled(COMMUNITIES, random);
        towns = shuffled(TOWNS, random);
        streets = shuffled(STREETS, random);
    }

    String firm() {
        return next(firms, firm++);
    }

    String village() {
        return next(villages, village++);
    }

    String community() {
        return next(communities, community++);
    }

    String town() {
        return next(towns, town++);
    }

    String street() {
        return next(streets, street++);
    }

    /** The i-th name of a pool; past its end the pool repeats with a number, as real names do. */
    private static String next(List<String> pool, int i) {
        String name = pool.get(i % pool.size());
        int round = i / pool.size();
        return round == 0 ? name : name + " No. " + (round + 1);
    }

    private static List<String> combine(List<String> heads, List<String> tails) {
        List<String> names = new ArrayList<>();
        for (String h : heads) {
            for (String t : tails) {
                names.add(h + t);
            }
        }
        return List.copyOf(names);
    }

    private static List<String> shuffled(List<String> names, SplittableRandom random) {
        List<String> copy = new ArrayList<>(names);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String tmp = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, tmp);
        }
        return copy;
    }
}
