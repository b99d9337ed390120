import TogglModels

/// One page of a Reports v3 detailed report and where the next page starts.
public struct DetailedReportPage: Sendable, Hashable {
    /// Where a detailed report's next page starts: the `X-Next-ID` and `X-Next-Row-Number`
    /// response headers, sent back as `first_id` and `first_row_number`.
    public struct Cursor: Sendable, Hashable {
        /// `X-Next-ID`: the id of the first item of the next page.
        public var firstID: Int64?
        /// `X-Next-Row-Number`: the row number of the first item of the next page.
        public var firstRowNumber: Int64?

        /// Creates a cursor.
        public init(firstID: Int64? = nil, firstRowNumber: Int64? = nil) {
            self.firstID = firstID
            self.firstRowNumber = firstRowNumber
        }
    }

    /// The rows of this page.
    public var rows: [DetailedReportRow]
    /// The next page's cursor, or `nil` on the last page.
    public var next: Cursor?

    /// Creates a page.
    public init(rows: [DetailedReportRow], next: Cursor? = nil) {
        self.rows = rows
        self.next = next
    }
}
