-- Each attribute declares its level of measurement (nominal, ordinal, interval, ratio); agreement on it is computed
-- on that level. Existing attributes keep what agreement assumed for them until now.
alter table claim_type_attribute add column measurement_level varchar(10);

update claim_type_attribute set measurement_level = case type
    when 'CERTAINTY' then 'ORDINAL'
    when 'NUMBER' then 'INTERVAL'
    else 'NOMINAL' end;
