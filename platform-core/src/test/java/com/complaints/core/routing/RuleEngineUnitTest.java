package com.complaints.core.routing;

import static com.complaints.core.routing.RoutingField.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.complaints.core.routing.RoutingRule.Condition;
import com.complaints.core.routing.RoutingRule.Match;

class RuleEngineUnitTest {

    private static final UUID CUSTOMER_SERVICE = UUID.randomUUID();
    private static final UUID PRODUCT_DEPT = UUID.randomUUID();
    private static final UUID LEGAL = UUID.randomUUID();
    private static final UUID SHANGHAI_SERVICE = UUID.randomUUID();

    private static final List<RoutingRule> RULES = List.of(
            new RoutingRule(UUID.randomUUID(), "legal words", true, Match.ANY, List.of(
                    new Condition(KEYWORDS, List.of("律师", "起诉", "法院", "仲裁", "12315", "lawyer", "sue", "court"))),
                    LEGAL, null, "HIGH"),
            new RoutingRule(UUID.randomUUID(), "disabled catch-all", false, Match.ANY, List.of(
                    new Condition(CHANNEL, List.of("phone", "web"))), CUSTOMER_SERVICE, null, null),
            new RoutingRule(UUID.randomUUID(), "product quality", true, Match.ALL, List.of(
                    new Condition(CATEGORY, List.of("PRODUCT_QUALITY", "PRODUCT_PERFORMANCE")),
                    new Condition(SUBJECT_TYPE, List.of("PRODUCT"))), PRODUCT_DEPT, "lab-lee", null),
            new RoutingRule(UUID.randomUUID(), "Shanghai service", true, Match.ALL, List.of(
                    new Condition(REGION, List.of("31")), new Condition(SUBJECT_TYPE, List.of("SERVICE"))),
                    SHANGHAI_SERVICE, null, null),
            new RoutingRule(UUID.randomUUID(), "kettles", true, Match.ALL, List.of(
                    new Condition(PRODUCT, List.of("热水壶", "SKU-K1"))), PRODUCT_DEPT, null, null));

    private static RoutingSample sample(String category, String type, String name, String ref, String channel,
                                        String region, String description) {
        return new RoutingSample(category, type, name, ref, channel, region, "NORMAL", description);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Chinese legal word as substring", sample("OTHER", "SERVICE", "会员", null, "phone", "110105",
                        "如果不处理我就去法院起诉你们"), LEGAL, "legal words"),
                Arguments.of("English legal word, whole word", sample("OTHER", "SERVICE", "membership", null, "web", "US-CA",
                        "I will SUE you in court."), LEGAL, "legal words"),
                Arguments.of("'sue' inside 'issue' is no match", sample("OTHER", "SERVICE", "membership", null, "web", "US-CA",
                        "There is an issue with my pursuit of a refund"), CUSTOMER_SERVICE, null),
                Arguments.of("all conditions", sample("PRODUCT_QUALITY", "PRODUCT", "电视机", null, "phone", "440305",
                        "屏幕有坏点"), PRODUCT_DEPT, "product quality"),
                Arguments.of("region prefix covers the city", sample("SERVICE_ATTITUDE", "SERVICE", "安装服务", null, "onsite",
                        "310115", "安装师傅迟到三小时"), SHANGHAI_SERVICE, "Shanghai service"),
                Arguments.of("other province: no match", sample("SERVICE_ATTITUDE", "SERVICE", "安装服务", null, "onsite",
                        "320102", "安装师傅迟到三小时"), CUSTOMER_SERVICE, null),
                Arguments.of("product by name", sample("OTHER", "PRODUCT", "电热水壶 K1", null, "email", null, "外壳发烫"),
                        PRODUCT_DEPT, "kettles"),
                Arguments.of("product by reference", sample("OTHER", "PRODUCT", "Kettle", "sku-k1", "email", null, "hot"),
                        PRODUCT_DEPT, "kettles"),
                Arguments.of("nothing matches: customer service", sample(null, null, null, null, null, null, null),
                        CUSTOMER_SERVICE, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void routes(String description, RoutingSample sample, UUID expectedDepartment, String expectedRule) {
        RoutingDecision decision = RuleEngine.route(RULES, sample, CUSTOMER_SERVICE);
        assertThat(decision.departmentId()).isEqualTo(expectedDepartment);
        assertThat(decision.ruleName()).isEqualTo(expectedRule);
        assertThat(decision.defaulted()).isEqualTo(expectedRule == null);
    }

    @Test
    void theTraceShowsEveryRuleEvaluatedWithItsEvidence() {
        RoutingDecision decision = RuleEngine.route(RULES, sample("PRODUCT_QUALITY", "PRODUCT", "电视机", null, "phone",
                "440305", "屏幕有坏点"), CUSTOMER_SERVICE);
        assertThat(decision.trace()).extracting(RoutingDecision.RuleTrace::name)
                .containsExactly("legal words", "disabled catch-all", "product quality");
        assertThat(decision.trace().get(1).enabled()).isFalse();
        assertThat(decision.trace().get(2).conditions()).allSatisfy(c -> assertThat(c.matched()).isTrue());
        assertThat(decision.trace().get(2).conditions().getFirst().evidence()).containsExactly("PRODUCT_QUALITY");
        assertThat(decision.userId()).isEqualTo("lab-lee");
    }

    @Test
    void aRuleWithoutConditionsNeverMatches() {
        var empty = new RoutingRule(UUID.randomUUID(), "empty", true, Match.ALL, List.of(), LEGAL, null, null);
        assertThat(RuleEngine.route(List.of(empty), sample(null, null, null, null, null, null, "x"), CUSTOMER_SERVICE)
                .defaulted()).isTrue();
    }
}
