{{/* Names and labels shared by every object of the release. */}}

{{- define "tsunagu.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name, cut to 40 characters: CNPG and the Keycloak Operator derive longer names from it
(<name>-keycloak-db-rw, <name>-keycloak-initial-admin) that must still fit the 63-character limit.
*/}}
{{- define "tsunagu.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "tsunagu.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels of the application's own objects. */}}
{{- define "tsunagu.labels" -}}
{{ include "tsunagu.commonLabels" . }}
app.kubernetes.io/component: app
{{- end }}

{{/*
Labels of the custom resources handed to operators, with a component of their own: operators may copy a
resource's labels onto the pods they create, and those pods must never match the application's selector.
Takes a dict: root (the chart context) and component.
*/}}
{{- define "tsunagu.operandLabels" -}}
{{ include "tsunagu.commonLabels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{- define "tsunagu.commonLabels" -}}
helm.sh/chart: {{ include "tsunagu.chart" . }}
app.kubernetes.io/name: {{ include "tsunagu.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: tsunagu
{{- end }}

{{/* Selects the application pods only (not the databases or Keycloak, which carry their own labels). */}}
{{- define "tsunagu.selectorLabels" -}}
app.kubernetes.io/name: {{ include "tsunagu.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: app
{{- end }}

{{- define "tsunagu.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "tsunagu.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "tsunagu.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* The Secret holding values given under inlineSecrets (discouraged; see values.yaml). */}}
{{- define "tsunagu.inlineSecretName" -}}
{{- printf "%s-inline" (include "tsunagu.fullname" .) }}
{{- end }}

{{- define "tsunagu.configMapName" -}}
{{- printf "%s-config" (include "tsunagu.fullname" .) }}
{{- end }}
