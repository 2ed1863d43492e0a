package org.concordia.tenancy.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"K7QH-M2XP", "k7qh-m2xp", " K7QH M2XP ", "k7qhm2xp", "K7QH–M2XP"})
    void aCodeTypedByHandIsRecognisedWhateverItsCaseSpacesOrHyphen(String typed) {
        assertThat(InvitationService.normalise(typed)).isEqualTo("K7QH-M2XP");
    }
}
