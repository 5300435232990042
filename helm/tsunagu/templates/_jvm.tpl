{{/*
JVM memory from the container limit.

The heap is computed here, not left to the JVM's default (a quarter of the limit) or to
-XX:MaxRAMPercentage, so that `helm template` shows the exact -Xmx a pod will run with and the tests can
check it against the limit. Quantities follow Kubernetes' notation: 1Gi, 1536Mi, 2G, 1073741824.
*/}}

{{- define "tsunagu.jvm.memoryLimitMiB" -}}
{{- $raw := toString (required "resources.limits.memory is required: the JVM heap is derived from it" .Values.resources.limits.memory) -}}
{{- $number := regexFind "^[0-9]+(\\.[0-9]+)?" $raw -}}
{{- $unit := trimPrefix $number $raw -}}
{{- $factors := dict "" 1.0 "k" 1000.0 "M" 1000000.0 "G" 1000000000.0 "T" 1000000000000.0 "Ki" 1024.0 "Mi" 1048576.0 "Gi" 1073741824.0 "Ti" 1099511627776.0 -}}
{{- if or (not $number) (not (hasKey $factors $unit)) -}}
{{- fail (printf "resources.limits.memory %q is not a memory quantity this chart understands (e.g. 1Gi, 1536Mi)" $raw) -}}
{{- end -}}
{{- divf (mulf (float64 $number) (get $factors $unit)) 1048576.0 | floor | int -}}
{{- end }}

{{- define "tsunagu.jvm.heapMiB" -}}
{{- $percent := int .Values.jvm.heapPercentOfLimit -}}
{{- if or (lt $percent 10) (gt $percent 90) -}}
{{- fail "jvm.heapPercentOfLimit must be between 10 and 90: the JVM needs memory outside the heap" -}}
{{- end -}}
{{- $heap := div (mul (int (include "tsunagu.jvm.memoryLimitMiB" .)) $percent) 100 -}}
{{- if lt $heap 256 -}}
{{- fail (printf "the JVM heap would be %dMi; raise resources.limits.memory (Payara Micro with Tsunagu needs at least 256Mi of heap)" $heap) -}}
{{- end -}}
{{- $heap -}}
{{- end }}

{{/* Read by the java launcher itself (JDK 9+), so the image's ENTRYPOINT stays a plain `java -jar`. */}}
{{- define "tsunagu.jvm.options" -}}
{{- printf "-Xmx%dm %s" (int (include "tsunagu.jvm.heapMiB" .)) .Values.jvm.extraOptions | trim -}}
{{- end }}
