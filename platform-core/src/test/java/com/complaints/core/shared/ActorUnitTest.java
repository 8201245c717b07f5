package com.complaints.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorUnitTest {

    @Test
    void recordsAsTheTimelineAlwaysHas() {
        assertThat(Actor.staff("agent-7").recorded()).isEqualTo("agent-7");
        assertThat(Actor.consumer().recorded()).isEqualTo("consumer");
        assertThat(Actor.system().recorded()).isEqualTo("system");
        assertThat(Actor.channel("email").recorded()).isEqualTo("channel:email");
    }

    @Test
    void staffAndChannelsHaveAnId() {
        assertThatThrownBy(() -> Actor.staff(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actor.channel(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
