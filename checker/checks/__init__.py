"""The built-in check types. A rule file in rules/checks/ names one and gives its parameters.

A few general types, many rules: `bound` serves "share ≤ 100", "majority < the winner's
votes", "runner-up ≤ winner" and "X of Y"; `agreement` serves every "same fact, one
value" rule. Adding a check type means adding a class here; adding a rule means adding
a TOML file.
"""

from .arithmetic import Difference, PointsDifference
from .base import Check
from .bounds import Bound, SumBound
from .changes import Direction, RowChange, Threshold
from .consistency import Affiliation, Agreement
from .control import Control, MajorityTarget
from .holders import PreviousHolder
from .reference import ReferenceCheck
from .results import ElectedOrder, Rank, Ratio, SeatMajority, Swing
from .quota import Quota
from .rounds import RoundSum, SplitSum
from .shares import ImpliedTotal, ShareSum
from .spelling import MalformedNumber, NameVariant
from .tiers import TierSum
from .together import Together
from .totals import PartsSum
from .turnout import Turnout
from .winner import MostVotes

CHECK_TYPES: dict[str, type[Check]] = {
    c.name: c
    for c in (Difference, PointsDifference, Bound, SumBound, ImpliedTotal, Direction, Threshold, Agreement, Affiliation,
              NameVariant, MalformedNumber, Swing, Ratio, Rank, SeatMajority, ShareSum, Turnout, ReferenceCheck,
              TierSum, RoundSum, SplitSum, PartsSum, Control, MajorityTarget, MostVotes, Quota, Together, ElectedOrder,
              PreviousHolder, RowChange)
}

__all__ = ["CHECK_TYPES", "Check"]
