from kota.events.models.events import (  # noqa: F401
    Event,
    Question,
    RegistrationRefused,
    Session,
)
from kota.events.models.registrations import (  # noqa: F401
    YOUTH,
    AgeGroup,
    Attendance,
    Evaluation,
    Registration,
    Role,
    Sex,
)
from kota.events.models.scholarships import (  # noqa: F401
    AlumniUpdate,
    Application,
    Criterion,
    Panelist,
    ScholarshipCall,
    Score,
)
