"""attendance"""

urlpatterns = []
