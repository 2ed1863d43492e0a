package org.concordia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.concordia.platform.faces.RecordELResolver;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Project(String name, long id) {
    }

    private final RecordELResolver sut = new RecordELResolver();

    @Test
    void readsARecordComponentAsAProperty() {
        ELContext context = newContext();

        assertThat(sut.getValue(context, new Project("Elections", 7), "name")).isEqualTo("Elections");
        assertThat(context.isPropertyResolved()).isTrue();
    }

    @Test
    void leavesUnknownPropertiesAndOtherObjectsToTheNextResolver() {
        ELContext context = newContext();

        assertThat(sut.getValue(context, new Project("Elections", 7), "owner")).isNull();
        assertThat(sut.getValue(context, "a string", "name")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordComponentsAreReadOnly() {
        ELContext context = newContext();

        assertThat(sut.isReadOnly(context, new Project("Elections", 7), "name")).isTrue();
        assertThatThrownBy(() -> sut.setValue(context, new Project("Elections", 7), "name", "x"))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    private static ELContext newContext() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
