package org.concordia.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.persistence.ExecutionContextTenantResolver;
import org.concordia.tenancy.model.Tenant;
import org.concordia.tenancy.model.TenantKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantTest {

    @ParameterizedTest
    @ValueSource(strings = {"seminar", "gulf-2026", "a", "x9"})
    void acceptsShortNamesThatCanServeAsTenantIds(String slug) {
        assertThat(new Tenant(slug, "Some name", TenantKind.CLASSROOM).getSlug()).isEqualTo(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Seminar", "-seminar", "seminar-", "gulf politics", "gulf_politics",
            ExecutionContextTenantResolver.NO_TENANT})
    void rejectsShortNamesThatAreNotLowerCaseWordsWithHyphens(String slug) {
        assertThatThrownBy(() -> new Tenant(slug, "Some name", TenantKind.CLASSROOM))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(slug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void needsAName(String name) {
        assertThatThrownBy(() -> new Tenant("seminar", name, TenantKind.CLASSROOM))
                .isInstanceOf(InvalidInputException.class).hasMessage("A tenant needs a name.");
    }
}
