package com.complaints.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every problem and field message exists in both languages. */
class ProblemCatalogueUnitTest {

    @Test
    void chineseAndEnglishCataloguesHaveTheSameKeys() throws IOException {
        Properties en = load("/i18n/problems.properties");
        Properties zh = load("/i18n/problems_zh_CN.properties");
        assertThat(en.stringPropertyNames()).isNotEmpty().isEqualTo(zh.stringPropertyNames());
        zh.stringPropertyNames().forEach(key -> assertThat(zh.getProperty(key)).as(key).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemCatalogueUnitTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
