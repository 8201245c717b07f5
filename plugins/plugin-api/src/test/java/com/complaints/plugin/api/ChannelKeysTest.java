package com.complaints.plugin.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelKeysTest {

    @Test
    void builtInKeysAreValid() {
        assertThat(ChannelKeys.isValid(ChannelKeys.PHONE)).isTrue();
        assertThat(ChannelKeys.isValid(ChannelKeys.WEB)).isTrue();
        assertThat(ChannelKeys.isValid(ChannelKeys.ONSITE)).isTrue();
        assertThat(ChannelKeys.isValid(ChannelKeys.EMAIL)).isTrue();
        assertThat(ChannelKeys.isValid("wechat-official")).isTrue();
    }

    @Test
    void malformedKeysAreRejected() {
        assertThat(ChannelKeys.isValid(null)).isFalse();
        assertThat(ChannelKeys.isValid("")).isFalse();
        assertThat(ChannelKeys.isValid("Web")).isFalse();
        assertThat(ChannelKeys.isValid("1web")).isFalse();
        assertThat(ChannelKeys.isValid("web channel")).isFalse();
        assertThat(ChannelKeys.isValid("x")).isFalse();
    }
}
