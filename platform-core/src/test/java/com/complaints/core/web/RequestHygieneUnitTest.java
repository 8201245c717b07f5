package com.complaints.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestHygieneUnitTest {

    @Test
    void queryStringsMustBeValidPercentEncodedUtf8() {
        assertThat(RequestHygieneFilter.validQuery(null)).isTrue();
        assertThat(RequestHygieneFilter.validQuery("q=%E6%B4%97%E8%A1%A3%E6%9C%BA&size=20")).isTrue();
        assertThat(RequestHygieneFilter.validQuery("q=a+b&x")).isTrue();
        assertThat(RequestHygieneFilter.validQuery("code=%FF")).isFalse();
        assertThat(RequestHygieneFilter.validQuery("channel=%ZZ")).isFalse();
        assertThat(RequestHygieneFilter.validQuery("x=%4")).isFalse();
        assertThat(RequestHygieneFilter.validQuery("x=%")).isFalse();
        assertThat(RequestHygieneFilter.validQuery("x=%ED%A0%80")).as("an encoded lone surrogate").isFalse();
    }
}
