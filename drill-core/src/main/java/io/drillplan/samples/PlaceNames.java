package io.drillplan.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Name elements for generated units, in pinyin and in Chinese characters side by side: the pools
 * are shuffled as pairs, so both languages draw the same random numbers and name the same unit
 * alike. Names are plausible, not real: no generated mine, plant or village should be mistaken
 * for an existing one's safety record.
 */
final class PlaceNames {
    /** A name in pinyin and in Chinese characters. */
    record Name(String pinyin, String chinese) {
        /** The name in the language of {@code words}. */
        String in(SampleWording words) {
            return words == SampleWording.ZH ? chinese : pinyin;
        }
    }

    private static final List<Name> FIRM_HEADS = pairs(
            "Chang 昌", "Xing 兴", "Jin 晋", "Hua 华", "Tong 通", "Fu 福", "Yong 永", "Xin 鑫", "Dong 东", "Heng 恒",
            "Rui 瑞", "Long 隆", "Tian 天", "Bai 百", "Zhong 中", "Hong 宏", "Ming 明", "Sheng 盛", "Tai 泰",
            "Kang 康", "Feng 丰", "Shun 顺", "Guang 光", "Da 大");
    private static final List<Name> FIRM_TAILS = pairs(
            "feng 丰", "yuan 源", "tai 泰", "da 达", "xing 兴", "sheng 盛", "li 利", "an 安", "hua 华", "cheng 诚",
            "fa 发", "ye 业");
    private static final List<Name> SURNAMES = pairs(
            "Zhang 张", "Wang 王", "Li 李", "Zhao 赵", "Liu 刘", "Chen 陈", "Yang 杨", "Guo 郭", "Ma 马", "Sun 孙",
            "Han 韩", "Hou 侯", "Hao 郝", "Qiao 乔", "Du 杜", "Feng 冯", "Gao 高", "Wu 吴", "Xue 薛", "Yan 闫",
            "Jia 贾", "Shi 史", "Tian 田", "Cui 崔", "Ren 任", "He 贺", "Bai 白", "Song 宋");
    private static final List<Name> VILLAGE_TAILS = pairs(
            "jiazhuang 家庄", "jiagou 家沟", "jiayao 家窑", "jiapo 家坡", "jiawan 家湾", "jiacun 家村", "jiayu 家峪",
            "jiazhai 家寨", "jiaping 家坪");
    private static final List<Name> COMMUNITIES = pairs(
            "Xinhua 新华", "Heping 和平", "Yingbin 迎宾", "Dongguan 东关", "Nanguan 南关", "Beiguan 北关",
            "Xiguan 西关", "Wenhua 文化", "Jianshe 建设", "Qianjin 前进", "Shengli 胜利", "Hongqi 红旗",
            "Dongfeng 东风", "Xingfu 幸福", "Zhongxin 中心", "Fuqiang 富强", "Guangming 光明", "Chaoyang 朝阳",
            "Yuhua 育华", "Jinhua 金华", "Minzhu 民主", "Tuanjie 团结", "Hexie 和谐", "Kangle 康乐", "Anning 安宁",
            "Taoyuan 桃园", "Liuxiang 柳巷", "Huayuan 花园", "Binhe 滨河", "Jinqiao 金桥", "Fuxing 复兴",
            "Changxing 长兴", "Yongkang 永康", "Ruyi 如意", "Jinxiu 锦绣", "Lanting 兰亭", "Meiyuan 梅园",
            "Songyuan 松园", "Qingnian 青年", "Gongyuan 公园");
    private static final List<Name> TOWNS = pairs(
            "Hedi 河底", "Xiyu 西峪", "Shangzhuang 上庄", "Beiguan 北关", "Nancheng 南城", "Dongye 东冶",
            "Xiaoyi 小邑", "Gaocun 高村", "Longquan 龙泉", "Shitou 石头", "Baiyang 白羊", "Huangzhai 黄寨",
            "Dazhuang 大庄", "Liangdu 梁渡", "Xincheng 新城", "Quanshui 泉水", "Shuiyu 水峪", "Fengshan 凤山",
            "Shizhuang 石庄", "Maping 马坪", "Hanzhuang 韩庄", "Zhaibei 寨北", "Nanliu 南流", "Xiatuan 下团");
    private static final List<Name> STREETS = pairs(
            "Dongcheng 东城", "Xicheng 西城", "Nancheng 南城", "Beicheng 北城", "Fuqian 府前", "Chezhan 车站",
            "Gongyuan 公园", "Kuangshan 矿山", "Xinjian 新建", "Wenhua 文化", "Jianshe 建设", "Binhe 滨河",
            "Yingbin 迎宾", "Zhongxin 中心", "Gongnong 工农", "Tielu 铁路");

    private static final List<Name> FIRMS = combine(FIRM_HEADS, FIRM_TAILS);
    private static final List<Name> VILLAGES = combine(SURNAMES, VILLAGE_TAILS);

    private final List<Name> firms;
    private final List<Name> villages;
    private final List<Name> communities;
    private final List<Name> towns;
    private final List<Name> streets;
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

    Name firm() {
        return next(firms, firm++);
    }

    Name village() {
        return next(villages, village++);
    }

    Name community() {
        return next(communities, community++);
    }

    Name town() {
        return next(towns, town++);
    }

    Name street() {
        return next(streets, street++);
    }

    /** The i-th name of a pool; past its end the pool repeats with a number, as real names do. */
    private static Name next(List<Name> pool, int i) {
        Name name = pool.get(i % pool.size());
        int round = i / pool.size();
        return round == 0 ? name
                : new Name(name.pinyin() + " No. " + (round + 1), name.chinese() + SampleWording.numeral(round + 1));
    }

    /** "Chang 昌" and the like: the pinyin, a blank, the characters. */
    private static List<Name> pairs(String... both) {
        List<Name> names = new ArrayList<>();
        for (String b : both) {
            int blank = b.indexOf(' ');
            names.add(new Name(b.substring(0, blank), b.substring(blank + 1)));
        }
        return List.copyOf(names);
    }

    private static List<Name> combine(List<Name> heads, List<Name> tails) {
        List<Name> names = new ArrayList<>();
        for (Name h : heads) {
            for (Name t : tails) {
                names.add(new Name(h.pinyin() + t.pinyin(), h.chinese() + t.chinese()));
            }
        }
        return List.copyOf(names);
    }

    private static List<Name> shuffled(List<Name> names, SplittableRandom random) {
        List<Name> copy = new ArrayList<>(names);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Name tmp = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, tmp);
        }
        return copy;
    }
}
