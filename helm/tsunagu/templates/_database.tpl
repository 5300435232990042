{{/*
Where the application's PostgreSQL is and which Secret holds its credentials.

cnpg mode: CloudNativePG creates the Secret <cluster>-app (keys username, password, ...) and the Service
<cluster>-rw that always points at the current primary, so a failover needs no change here.
*/}}

{{- define "tsunagu.db.clusterName" -}}
{{- printf "%s-db" (include "tsunagu.fullname" .) }}
{{- end }}

{{- define "tsunagu.db.url" -}}
{{- if eq .Values.database.mode "cnpg" }}
{{- printf "jdbc:postgresql://%s-rw.%s.svc:5432/%s" (include "tsunagu.db.clusterName" .) .Release.Namespace .Values.database.cnpg.database }}
{{- else if eq .Values.database.mode "external" }}
{{- $url := required "database.external.url is required when database.mode is external" .Values.database.external.url }}
{{- if regexMatch "://[^/]*@|password=" $url }}
{{- fail "database.external.url must not carry credentials: put them in database.external.existingSecret" }}
{{- end }}
{{- $url }}
{{- else }}
{{- fail (printf "database.mode must be cnpg or external, not %q" .Values.database.mode) }}
{{- end }}
{{- end }}

{{/* Prints a YAML map: name, userKey, passwordKey. */}}
{{- define "tsunagu.db.credentials" -}}
{{- if not (has .Values.database.mode (list "cnpg" "external")) }}
{{- fail (printf "database.mode must be cnpg or external, not %q" .Values.database.mode) }}
{{- else if eq .Values.database.mode "cnpg" }}
name: {{ printf "%s-app" (include "tsunagu.db.clusterName" .) }}
userKey: username
passwordKey: password
{{- else if .Values.database.external.existingSecret }}
name: {{ .Values.database.external.existingSecret }}
userKey: {{ .Values.database.external.userKey }}
passwordKey: {{ .Values.database.external.passwordKey }}
{{- else if and .Values.inlineSecrets.dbUser .Values.inlineSecrets.dbPassword }}
name: {{ include "tsunagu.inlineSecretName" . }}
userKey: db-user
passwordKey: db-password
{{- else }}
{{- fail "database.external.existingSecret is required when database.mode is external (or, discouraged, inlineSecrets.dbUser and inlineSecrets.dbPassword)" }}
{{- end }}
{{- end }}

{{/*
The CNPG clusters this release creates, as a JSON list of {name, role, spec}: the application's database and,
with the Keycloak Operator, Keycloak's own. Cluster, ObjectStore and ScheduledBackup templates all range over
it, so both databases get the same backup treatment.
*/}}
{{- define "tsunagu.cnpg.clusters" -}}
{{- $clusters := list }}
{{- if eq .Values.database.mode "cnpg" }}
{{- $clusters = append $clusters (dict "name" (include "tsunagu.db.clusterName" .) "role" "app-db" "spec" .Values.database.cnpg) }}
{{- end }}
{{- if and (eq .Values.keycloak.mode "operator") (eq .Values.keycloak.operator.database.mode "cnpg") }}
{{- $clusters = append $clusters (dict "name" (include "tsunagu.keycloak.dbClusterName" .) "role" "keycloak-db" "spec" .Values.keycloak.operator.database.cnpg) }}
{{- end }}
{{- toJson $clusters }}
{{- end }}

{{- define "tsunagu.backup.objectStoreName" -}}
{{- printf "%s-backup" . }}
{{- end }}
