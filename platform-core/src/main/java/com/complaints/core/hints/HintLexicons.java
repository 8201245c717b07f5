package com.complaints.core.hints;

import java.util.List;

/**
 * The words and phrases behind the triage hints, in Chinese and English; tenants edit them.
 *
 * @param urgency         personal safety or major negative impact → "urgent?"
 * @param legal           legal threats and claims → suggest the legal department
 * @param negativeEmotion anger and distress → the emotion score for soothing (情绪安抚)
 */
public record HintLexicons(List<String> urgency, List<String> legal, List<String> negativeEmotion) {

    public HintLexicons {
        urgency = urgency == null ? List.of() : List.copyOf(urgency);
        legal = legal == null ? List.of() : List.copyOf(legal);
        negativeEmotion = negativeEmotion == null ? List.of() : List.copyOf(negativeEmotion);
    }

    public static HintLexicons defaults() {
        return new HintLexicons(
                List.of("起火", "着火", "冒烟", "爆炸", "漏电", "触电", "受伤", "烫伤", "中毒", "过敏", "儿童", "孩子", "婴儿",
                        "媒体", "曝光", "记者", "fire", "smoke", "explosion", "exploded", "electric shock", "injury", "injured",
                        "burned", "poisoning", "poisoned", "allergic", "allergy", "child", "baby", "journalist", "media"),
                List.of("律师", "起诉", "法院", "仲裁", "12315", "消协", "消费者协会", "三倍赔偿", "退一赔三", "假一赔三",
                        "惩罚性赔偿", "lawyer", "attorney", "sue", "lawsuit", "court", "arbitration", "punitive damages",
                        "treble damages"),
                List.of("愤怒", "气愤", "生气", "太差", "垃圾", "骗子", "欺骗", "无语", "失望", "恶心", "忍无可忍", "投诉到底",
                        "岂有此理", "太过分", "angry", "furious", "disgusting", "outrageous", "unacceptable", "terrible",
                        "worst", "scam", "cheated", "fed up", "ridiculous", "disappointed"));
    }
}
