package com.complaints.core.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks personal data in complaint texts before they go into the case library: e-mail addresses, Chinese ID-card
 * numbers, bank-card-like numbers, mobile, landline and international phone numbers, street addresses, and the
 * consumer's own name and address wherever they appear (a Chinese name also as 王先生 / 王女士 / 小王).
 */
public final class Anonymizer {

    public static final String EMAIL = "[邮箱/email]";
    public static final String ID = "[证件号/ID]";
    public static final String PHONE = "[电话/phone]";
    public static final String NUMBER = "[号码/number]";
    public static final String ADDRESS = "[地址/address]";
    public static final String NAME = "[顾客/consumer]";

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), EMAIL),
            new Rule(Pattern.compile("(?<![0-9A-Za-z])\\d{6}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx](?![0-9A-Za-z])"), ID),
            new Rule(Pattern.compile("(?<![0-9A-Za-z])\\d{15}(?![0-9A-Za-z])"), ID),
            new Rule(Pattern.compile("(?<!\\d)(?:\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?!\\d)"), PHONE),
            new Rule(Pattern.compile("(?<!\\d)0\\d{2,3}[ -]?\\d{7,8}(?!\\d)"), PHONE),
            new Rule(Pattern.compile("\\+\\d{1,3}[ ()-]*\\d(?:[ ()-]*\\d){6,13}"), PHONE),
            new Rule(Pattern.compile("(?<!\\d)\\d{16,19}(?!\\d)"), NUMBER),
            new Rule(Pattern.compile("[\\p{IsHan}]{2,12}(?:路|街|道|巷|弄|大道)\\d{1,5}(?:弄\\d{1,4})?号(?:[\\dA-Za-z]{1,5}(?:室|楼|栋|单元))*"), ADDRESS),
            new Rule(Pattern.compile("\\b\\d{1,5}\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)*\\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd)\\b\\.?"), ADDRESS));

    private Anonymizer() {
    }

    private record Rule(Pattern pattern, String mask) {
    }

    /** The text with personal data masked; {@code name} and {@code address} are the consumer's, may be null. */
    public static String mask(String text, String name, String address) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String literal : literals(name, address)) {
            out = out.replace(literal, literal.equals(address) ? ADDRESS : NAME);
        }
        for (Rule rule : RULES) {
            out = rule.pattern().matcher(out).replaceAll(java.util.regex.Matcher.quoteReplacement(rule.mask()));
        }
        return out;
    }

    /** The consumer's own name and address and the ways a Chinese name is used in a text, longest first. */
    private static List<String> literals(String name, String address) {
        List<String> literals = new ArrayList<>();
        if (address != null && address.strip().length() >= 4) {
            literals.add(address.strip());
        }
        if (name != null && !name.isBlank()) {
            String n = name.strip();
            literals.add(n);
            boolean chinese = n.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            if (chinese && n.length() >= 2 && n.length() <= 4) {
                String surname = n.substring(0, 1);
                for (String suffix : List.of("先生", "女士", "小姐", "阿姨", "师傅")) {
                    literals.add(surname + suffix);
                }
                literals.add("小" + surname);
                literals.add("老" + surname);
            } else if (!chinese) {
                for (String part : n.split("\\s+")) {
                    if (part.length() >= 3) {
                        literals.add(part);
                    }
                }
            }
        }
        literals.sort(Comparator.comparingInt(String::length).reversed());
        return literals;
    }
}
