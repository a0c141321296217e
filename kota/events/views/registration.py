"""registration"""

urlpatterns = []
