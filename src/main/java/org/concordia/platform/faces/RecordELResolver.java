package org.concordia.platform.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotFoundException;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Lets pages read record components as properties ({@code #{project.name}} on a {@code ProjectSummary} record),
 * as Jakarta EL 6 does with its own RecordELResolver. EL 5, which Jakarta EE 10 ships, only knows getters.
 * Records are values: writing a component is refused.
 */
public class RecordELResolver extends ELResolver {

    /** The accessor of each component, by name, looked up once per record class. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.trySetAccessible(); // records declared inside a class may not be public
                accessors.put(component.getName(), accessor);
            }
            return Map.copyOf(accessors);
        }
    };

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = componentOf(base, property);
        if (accessor == null) {
            return null;
        }
        try {
            Object value = accessor.invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new PropertyNotFoundException("Cannot read " + property + " of " + base.getClass().getName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (componentOf(base, property) == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only, as the EL specification asks of unwritable properties
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (componentOf(base, property) != null) {
            throw new PropertyNotWritableException(
                    property + " of " + base.getClass().getSimpleName() + " is a record component: read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (componentOf(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? Object.class : null;
    }

    private static Method componentOf(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        return ACCESSORS.get(base.getClass()).get(property.toString());
    }
}
