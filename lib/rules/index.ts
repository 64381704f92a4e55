/** The rule engine (spec §3 and §5): pure TypeScript shared by the extension, the `tal` command and the server. */

export { type CompiledAlerts, compileAlerts, type FiredAlert } from './alerts';
export { type AccountAnswers, AccountAnswersSchema, type AnswersFile, AnswersFileSchema, findUnreadAnswers } from './answers';
export { type CompiledPlaybook, compilePlaybook } from './compile-playbook';
export { type CompiledRule, compileRule } from './compile-rule';
export { describeEvidence, describeHealthCheck } from './describe';
export { toEvaluateLine } from './evaluate-line';
export { type EvidenceKey, type RuleEvidence, RuleEvidenceSchema, type RuleStatus } from './evidence';
export { buildHealthReport } from './health';
export { DEFAULT_HEALTH_OPTIONS, type HealthOptions } from './health-checks';
export { type HealthCheck, type HealthReport, HealthReportSchema } from './health-report';
export { decideVerdict } from './icp';
export { isOperator, OPERATOR_NAMES, OPERATORS, type Operator } from './operators';
export { roundToTenth, tierFor } from './priority';
export { RECERTIFY_FLAGS, type RecertifyFlag, recertifyFlags, toRecertifyLine } from './recertify';
export * from './result';
