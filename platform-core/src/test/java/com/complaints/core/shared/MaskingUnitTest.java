package com.complaints.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingUnitTest {

    @Test
    void namesKeepTheirFirstCharacter() {
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name(" Li Lei ")).isEqualTo("L****");
        assertThat(Masking.name("王")).isEqualTo("*");
        assertThat(Masking.name("𠀀𠀁")).isEqualTo("𠀀*");
        assertThat(Masking.name(null)).isNull();
    }

    @Test
    void phonesKeepTheirLastFourDigits() {
        assertThat(Masking.phone("+86 138 0013 8000")).isEqualTo("****8000");
        assertThat(Masking.phone("110")).isEqualTo("****");
    }

    @Test
    void emailsKeepTheirDomain() {
        assertThat(Masking.email("li.lei@example.com")).isEqualTo("l***@example.com");
        assertThat(Masking.email("nobody")).isEqualTo("***");
    }
}
