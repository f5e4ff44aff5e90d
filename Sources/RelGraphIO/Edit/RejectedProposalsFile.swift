/// `rejected-proposals.yaml` beside a dataset: the proposals of `relgraph extract` a review rejected.
/// Not a dataset file: the reader skips it, as it skips judgements.yaml.
public enum RejectedProposalsFile {
    public static let name = "rejected-proposals.yaml"
}
