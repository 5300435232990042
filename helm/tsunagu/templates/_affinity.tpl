{{/*
Pod anti-affinity of the application pods. preferred keeps a small cluster schedulable; required (production)
guarantees that losing one node loses one Hazelcast member at most, so the grid's backups survive.
*/}}
{{- define "tsunagu.podAntiAffinity" -}}
{{- if eq .Values.affinity.podAntiAffinity "required" }}
requiredDuringSchedulingIgnoredDuringExecution:
  - topologyKey: {{ .Values.affinity.topologyKey }}
    labelSelector:
      matchLabels:
        {{- include "tsunagu.selectorLabels" . | nindent 8 }}
{{- else if eq .Values.affinity.podAntiAffinity "preferred" }}
preferredDuringSchedulingIgnoredDuringExecution:
  - weight: 100
    podAffinityTerm:
      topologyKey: {{ .Values.affinity.topologyKey }}
      labelSelector:
        matchLabels:
          {{- include "tsunagu.selectorLabels" . | nindent 10 }}
{{- else }}
{{- fail (printf "affinity.podAntiAffinity must be preferred or required, not %q" .Values.affinity.podAntiAffinity) }}
{{- end }}
{{- end }}

{{/* Spread constraints from values; one without a labelSelector gets the application pods' selector. */}}
{{- define "tsunagu.topologySpreadConstraints" -}}
{{- $constraints := list }}
{{- range .Values.topologySpreadConstraints }}
{{- $constraint := deepCopy . }}
{{- if not (hasKey $constraint "labelSelector") }}
{{- $_ := set $constraint "labelSelector" (dict "matchLabels" (include "tsunagu.selectorLabels" $ | fromYaml)) }}
{{- end }}
{{- $constraints = append $constraints $constraint }}
{{- end }}
{{- toYaml $constraints }}
{{- end }}
