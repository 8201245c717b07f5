{{/* The release's resource name: the release name, with the chart's unless the release already names it. */}}
{{- define "complaint-platform.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "complaint-platform.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "complaint-platform.labels" -}}
{{ include "complaint-platform.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "complaint-platform.secretName" -}}
{{- if .Values.secrets.existingSecret -}}
{{- .Values.secrets.existingSecret -}}
{{- else -}}
{{- include "complaint-platform.fullname" . -}}
{{- end -}}
{{- end -}}

{{- define "complaint-platform.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "complaint-platform.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "complaint-platform.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) -}}
{{- end -}}

{{/* The settings every container of the platform reads (nodes and the migration Job alike). */}}
{{- define "complaint-platform.env" -}}
- name: COMPLAINTS_DB_URL
  value: {{ .Values.database.url | quote }}
- name: COMPLAINTS_DB_APP_USER
  value: {{ .Values.database.appUser | quote }}
- name: COMPLAINTS_DB_APP_PASSWORD
  valueFrom:
    secretKeyRef: {name: {{ include "complaint-platform.secretName" . }}, key: db-app-password}
- name: SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE
  value: {{ .Values.database.pool.maximumSize | quote }}
- name: COMPLAINTS_REDIS_ADDRESS
  value: {{ .Values.redis.address | quote }}
- name: COMPLAINTS_TIMERS_REDIS_ADDRESS
  valueFrom:
    secretKeyRef: {name: {{ include "complaint-platform.secretName" . }}, key: redis-address, optional: true}
- name: COMPLAINTS_SEARCH_ELASTICSEARCH_URIS
  value: {{ .Values.elasticsearch.uris | quote }}
- name: COMPLAINTS_SEARCH_INDEX_ALIAS
  value: {{ .Values.elasticsearch.indexAlias | quote }}
- name: COMPLAINTS_OIDC_ISSUER_URI
  value: {{ .Values.oidc.issuerUri | quote }}
- name: COMPLAINTS_OIDC_AUDIENCE
  value: {{ .Values.oidc.audience | quote }}
- name: COMPLAINTS_OIDC_CONSOLE_CLIENT
  value: {{ .Values.oidc.consoleClientId | quote }}
- name: COMPLAINTS_KEYCLOAK_URL
  value: {{ ternary .Values.keycloak.provisioning.url "" .Values.keycloak.provisioning.enabled | quote }}
- name: COMPLAINTS_KEYCLOAK_REALM
  value: {{ .Values.keycloak.provisioning.realm | quote }}
- name: COMPLAINTS_KEYCLOAK_PROVISIONER
  value: {{ .Values.keycloak.provisioning.clientId | quote }}
- name: COMPLAINTS_KEYCLOAK_PROVISIONER_SECRET
  valueFrom:
    secretKeyRef: {name: {{ include "complaint-platform.secretName" . }}, key: keycloak-provisioner-secret, optional: {{ not .Values.keycloak.provisioning.enabled }}}
- name: COMPLAINTS_SECRETS_KEY
  valueFrom:
    secretKeyRef: {name: {{ include "complaint-platform.secretName" . }}, key: secrets-key}
- name: COMPLAINTS_PUBLICBASEURL
  value: {{ .Values.publicBaseUrl | quote }}
- name: COMPLAINTS_ATTACHMENTS_DIRECTORY
  value: /data/attachments
- name: COMPLAINTS_PLUGINS_DIR
  value: /app/plugins
- name: LOGGING_STRUCTURED_FORMAT_CONSOLE
  value: ecs
- name: COMPLAINTS_TRACE_SAMPLING
  value: {{ .Values.tracing.samplingProbability | quote }}
{{- if .Values.tracing.otlpEndpoint }}
- name: MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT
  value: {{ .Values.tracing.otlpEndpoint | quote }}
{{- end }}
- name: COMPLAINTS_METRICS_PLUGINTENANTTAGS
  value: {{ .Values.metrics.pluginTenantTags | quote }}
- name: JAVA_TOOL_OPTIONS
  value: {{ .Values.javaOpts | quote }}
{{- end -}}
