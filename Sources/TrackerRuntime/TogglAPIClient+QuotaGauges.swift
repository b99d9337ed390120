import TogglAPI
import TrackerCore

extension TogglAPIClient {
    /// The quota tracker's buckets as the status line shows them.
    func quotaGauges() -> [QuotaGauge] {
        quota.snapshot().map { bucket, status in
            let scope: QuotaGauge.Scope
            switch bucket {
            case .user: scope = .user
            case .organization(let id): scope = .organization(id)
            case .workspace(let id): scope = .workspace(id)
            }
            return QuotaGauge(scope: scope, remaining: status.remaining, resetsAt: status.resetsAt)
        }
        .sorted { String(describing: $0.scope) < String(describing: $1.scope) }
    }
}
