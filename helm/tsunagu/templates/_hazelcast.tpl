{{/*
Hazelcast discovery for Payara Micro's embedded data grid.

Payara Micro's DNS discovery mode (--clustermode dns:<name>:<port>) resolves the A records of a name and
joins every address it gets. A headless Service answers with one A record per pod, so the pods find each
other without any Kubernetes API permission (the kubernetes mode would need a RoleBinding to list pods).
*/}}

{{- define "tsunagu.headlessServiceName" -}}
{{- printf "%s-hazelcast" (include "tsunagu.fullname" .) }}
{{- end }}

{{/* Fully qualified, so resolution does not depend on the pod's DNS search list. */}}
{{- define "tsunagu.hazelcast.dnsName" -}}
{{- printf "%s.%s.svc.%s" (include "tsunagu.headlessServiceName" .) .Release.Namespace .Values.hazelcast.clusterDomain }}
{{- end }}

{{- define "tsunagu.hazelcast.clusterMode" -}}
{{- printf "dns:%s:%d" (include "tsunagu.hazelcast.dnsName" .) (int .Values.hazelcast.port) }}
{{- end }}

{{/*
The application's split-brain protection: the members a pod must see to trust its caches of grants and
tenants (tsunagu.cluster.quorum). A majority of replicaCount unless hazelcast.quorum sets it.
*/}}
{{- define "tsunagu.hazelcast.quorum" -}}
{{- if .Values.hazelcast.quorum }}{{ int .Values.hazelcast.quorum }}{{ else }}{{ add (div (int .Values.replicaCount) 2) 1 }}{{ end }}
{{- end }}

{{- define "tsunagu.hazelcast.clusterName" -}}
{{- default (include "tsunagu.fullname" .) .Values.hazelcast.clusterName }}
{{- end }}
