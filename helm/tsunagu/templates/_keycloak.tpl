{{/*
Where Keycloak is, for the application (back channel) and for browsers (front channel, token issuer).

operator mode: the Keycloak Operator names its Service <keycloak>-service (8080 HTTP, 8443 HTTPS) and the
bootstrap admin Secret <keycloak>-initial-admin.
*/}}

{{- define "tsunagu.keycloak.name" -}}
{{- printf "%s-keycloak" (include "tsunagu.fullname" .) }}
{{- end }}

{{- define "tsunagu.keycloak.dbClusterName" -}}
{{- printf "%s-keycloak-db" (include "tsunagu.fullname" .) }}
{{- end }}

{{- define "tsunagu.keycloak.url" -}}
{{- if eq .Values.keycloak.mode "operator" }}
{{- if .Values.keycloak.operator.httpEnabled }}
{{- printf "http://%s-service.%s.svc:8080" (include "tsunagu.keycloak.name" .) .Release.Namespace }}
{{- else }}
{{- printf "https://%s-service.%s.svc:8443" (include "tsunagu.keycloak.name" .) .Release.Namespace }}
{{- end }}
{{- else if eq .Values.keycloak.mode "external" }}
{{- required "keycloak.external.url is required when keycloak.mode is external" .Values.keycloak.external.url | trimSuffix "/" }}
{{- else }}
{{- fail (printf "keycloak.mode must be operator or external, not %q" .Values.keycloak.mode) }}
{{- end }}
{{- end }}

{{- define "tsunagu.keycloak.publicUrl" -}}
{{- if eq .Values.keycloak.mode "operator" }}
{{- printf "https://%s" (required "keycloak.operator.hostname is required" .Values.keycloak.operator.hostname) }}
{{- else }}
{{- default (include "tsunagu.keycloak.url" .) .Values.keycloak.external.publicUrl | trimSuffix "/" }}
{{- end }}
{{- end }}

{{/* Prints a YAML map: mode, name and the keys to read; empty when nothing is configured. */}}
{{- define "tsunagu.keycloak.adminCredentials" -}}
{{- $admin := .Values.keycloak.admin }}
{{- if eq $admin.mode "bootstrap" }}
{{- if eq .Values.keycloak.mode "operator" }}
mode: bootstrap
name: {{ printf "%s-initial-admin" (include "tsunagu.keycloak.name" .) }}
usernameKey: username
passwordKey: password
{{- else }}
mode: bootstrap
name: {{ required "keycloak.admin.existingSecret is required for bootstrap admin access to an external Keycloak" $admin.existingSecret }}
usernameKey: {{ $admin.usernameKey }}
passwordKey: {{ $admin.passwordKey }}
{{- end }}
{{- else if eq $admin.mode "client" }}
mode: client
{{- if $admin.existingSecret }}
name: {{ $admin.existingSecret }}
clientSecretKey: {{ $admin.clientSecretKey }}
{{- else if .Values.inlineSecrets.keycloakAdminClientSecret }}
name: {{ include "tsunagu.inlineSecretName" . }}
clientSecretKey: keycloak-admin-client-secret
{{- else }}
{{- fail "keycloak.admin.existingSecret is required when keycloak.admin.mode is client (or, discouraged, inlineSecrets.keycloakAdminClientSecret)" }}
{{- end }}
{{- else }}
{{- fail (printf "keycloak.admin.mode must be bootstrap or client, not %q" $admin.mode) }}
{{- end }}
{{- end }}
