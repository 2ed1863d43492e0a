package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.concordia.tenancy.service.NoTenantRoleRequired;

/** The registry of export formats: every {@link ExportFormatSupport} bean, by id. A new format is one class. */
@NoTenantRoleRequired("the registry of export formats, the same for everybody")
@ApplicationScoped
public class ExportFormats {

    @Inject
    @Any
    Instance<ExportFormatSupport> formats;

    public List<ExportFormatSupport> all() {
        return formats.stream().sorted(Comparator.comparing(ExportFormatSupport::label)).toList();
    }

    public Optional<ExportFormatSupport> find(String id) {
        return formats.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
