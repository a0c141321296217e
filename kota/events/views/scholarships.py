"""scholarships"""

urlpatterns = []
