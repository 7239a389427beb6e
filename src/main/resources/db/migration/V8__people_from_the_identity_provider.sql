-- People who sign in with the company's identity provider (OpenID Connect) are created and updated from its
-- claims. identity_source is the provider's issuer and subject the provider's id of the person; both stay null for
-- local accounts. Such people have no Leeway password: their password_hash holds a marker no password matches.
alter table employee add column identity_source varchar(255);
alter table employee add column subject varchar(255);
alter table employee add constraint uk_employee_identity unique (identity_source, subject);
